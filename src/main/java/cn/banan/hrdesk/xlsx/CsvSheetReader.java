package cn.banan.hrdesk.xlsx;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a UTF-8 CSV (RFC 4180 quoting, a BOM tolerated) into the same rows as the workbook reader. */
public final class CsvSheetReader {
    private CsvSheetReader() {
    }

    public static void read(Path file, Consumer<List<String>> header, Consumer<SheetRow> each) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        UnreadableWorkbookException.requireFile(file);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            List<String> fields = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean first = true;
            int line = 1;
            int startLine = 1;
            int c;
            while ((c = in.read()) != -1) {
                if (first && fields.isEmpty() && cell.length() == 0 && c == '\uFEFF') {
                    continue;
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (n != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    fields.add(cell.toString());
                    cell.setLength(0);
                    first = emit(fields, first, startLine, header, each);
                    fields = new ArrayList<>();
                    line++;
                    startLine = line;
                } else {
                    cell.append((char) c);
                }
            }
            if (cell.length() > 0 || !fields.isEmpty()) {
                fields.add(cell.toString());
                first = emit(fields, first, startLine, header, each);
            }
            if (first) {
                header.accept(List.of());
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableWorkbookException(file, e);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file, e);
        }
    }

    private static boolean emit(List<String> fields, boolean first, int line, Consumer<List<String>> header,
                                Consumer<SheetRow> each) {
        if (first) {
            header.accept(fields.stream().map(String::strip).toList());
            return false;
        }
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            texts.put(i, fields.get(i));
        }
        SheetRow row = new SheetRow(line, texts, Map.of());
        if (!row.isBlank()) {
            each.accept(row);
        }
        return false;
    }
}
