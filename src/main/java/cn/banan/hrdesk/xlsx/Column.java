package cn.banan.hrdesk.xlsx;

import java.util.List;

/** A column of a written sheet: its header, width in characters, and the choices of its drop-down (if any). */
public record Column(String header, int width, List<String> choices) {
    public static Column of(String header, int width) {
        return new Column(header, width, List.of());
    }

    public static Column choice(String header, int width, List<String> choices) {
        return new Column(header, width, List.copyOf(choices));
    }
}
