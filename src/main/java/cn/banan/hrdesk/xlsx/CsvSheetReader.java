package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (RFC 4180, through Commons CSV) into the same rows as the workbook reader, in UTF-8 or GB18030 as
 * {@link TextEncoding} finds, one row in memory at a time. A quote never closed is named at the row it opens on.
 */
public final class CsvSheetReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvSheetReader() {
    }

    public static void read(Path file, Consumer<List<String>> header, Consumer<SheetRow> each) {
        read(file, ReadLimits.DEFAULT, header, each);
    }

    public static void read(Path file, ReadLimits limits, Consumer<List<String>> header, Consumer<SheetRow> each) {
        UnreadableWorkbookException.requireFile(file);
        try {
            if (Files.size(file) > limits.csvBytes()) {
                throw new RefusedFileException(file, "file.limit.csvBytes", ReadLimits.size(limits.csvBytes()));
            }
            TextEncoding encoding = TextEncoding.of(file);
            try (InputStream bytes = Files.newInputStream(file)) {
                bytes.skipNBytes(encoding.bomLength());
                RowCappedReader chars = new RowCappedReader(new InputStreamReader(bytes, encoding.decoder()), limits.rowChars());
                readRows(file, limits, chars, header, each);
            }
        } catch (CharacterCodingException e) {
            throw new RefusedFileException(file, "file.encoding");
        } catch (IOException | RuntimeException e) {
            throw Failures.rethrow(file, e);
        }
    }

    private static void readRows(Path file, ReadLimits limits, RowCappedReader chars, Consumer<List<String>> header,
                                 Consumer<SheetRow> each) throws IOException {
        HeaderThenRows rows = new HeaderThenRows(header, each);
        long nextLine = 1;
        try (CSVParser parser = CSVParser.builder().setReader(chars).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(file, e, chars, nextLine, limits);
                }
                int line = (int) Math.min(nextLine, Integer.MAX_VALUE);
                nextLine = parser.getCurrentLineNumber() + 1;
                chars.rowDone();
                rows.accept(toRow(file, limits, record, line));
            }
        }
        rows.end();
    }

    private static RuntimeException malformed(Path file, RuntimeException e, RowCappedReader chars, long from, ReadLimits limits) {
        int line = (int) Math.min(from, Integer.MAX_VALUE);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RowCappedReader.RowTooLong) {
                return new RefusedFileException(file, "file.limit.rowChars", line, limits.rowChars());
            }
            if (t instanceof CharacterCodingException) {
                return new RefusedFileException(file, "file.encoding");
            }
        }
        return new RefusedFileException(file, chars.reachedEnd() ? "file.csv.unclosedQuote" : "file.csv.badQuote", line);
    }

    /** The record as a row, refused when it holds something past the column limit or a cell past the cell limit. */
    private static SheetRow toRow(Path file, ReadLimits limits, CSVRecord record, int line) {
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String v = record.get(i);
            if (v.isEmpty()) {
                continue;
            }
            if (i >= limits.columns()) {
                throw new RefusedFileException(file, "file.limit.columns", line, CellReference.convertNumToColString(i), limits.columns());
            }
            if (v.length() > limits.cellChars()) {
                throw new RefusedFileException(file, "file.limit.cellChars", line, CellReference.convertNumToColString(i), limits.cellChars());
            }
            texts.put(i, v);
        }
        return new SheetRow(line, texts, Map.of());
    }
}
