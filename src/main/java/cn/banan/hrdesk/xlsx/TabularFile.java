package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A .csv or .xlsx table with a header row, read the same way whichever it is. */
public final class TabularFile {
    private TabularFile() {
    }

    public static void read(Path file, Consumer<List<String>> header, Consumer<SheetRow> each) {
        read(file, ReadLimits.DEFAULT, header, each);
    }

    public static void read(Path file, ReadLimits limits, Consumer<List<String>> header, Consumer<SheetRow> each) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            CsvSheetReader.read(file, limits, header, each);
        } else {
            StreamingSheetReader.read(file, limits, header, each);
        }
    }
}
