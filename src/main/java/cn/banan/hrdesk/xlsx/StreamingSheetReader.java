package cn.banan.hrdesk.xlsx;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads the first sheet of an .xlsx row by row without loading the workbook (a 100,000-row roster stays in
 * a few MB). Anything wrong with the file itself becomes {@link UnreadableWorkbookException}.
 */
public final class StreamingSheetReader {
    static {
        // A hostile file may claim a huge entry or compress absurdly well: POI refuses both.
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(1L << 30);
    }

    private StreamingSheetReader() {
    }

    /** Calls {@code header} with the first row's texts, then {@code each} for every later non-blank row. */
    public static void read(Path file, Consumer<List<String>> header, Consumer<SheetRow> each) {
        DataFormatter formatter = new DataFormatter();
        UnreadableWorkbookException.requireFile(file);
        try (Workbook wb = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile())) {
            if (wb.getNumberOfSheets() == 0) {
                pass(header, List.of());
                return;
            }
            Sheet sheet = wb.getSheetAt(0);
            boolean first = true;
            for (Row row : sheet) {
                SheetRow r = toRow(row, formatter);
                if (first) {
                    first = false;
                    int width = r.texts().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                    String[] names = new String[width];
                    for (int i = 0; i < width; i++) {
                        names[i] = r.text(i);
                    }
                    pass(header, List.of(names));
                } else if (!r.isBlank()) {
                    pass(each, r);
                }
            }
            if (first) {
                pass(header, List.of());
            }
        } catch (CallerFailure e) {
            throw e.getCause();
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new UnreadableWorkbookException(file, e);
        }
    }

    /** What the caller's code throws is the caller's, not a fault of the file: it passes through unwrapped. */
    private static <T> void pass(Consumer<T> consumer, T value) {
        try {
            consumer.accept(value);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    private static final class CallerFailure extends RuntimeException {
        CallerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static SheetRow toRow(Row row, DataFormatter formatter) {
        Map<Integer, String> texts = new HashMap<>();
        Map<Integer, LocalDate> dates = new HashMap<>();
        for (Cell cell : row) {
            int col = cell.getColumnIndex();
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                dates.put(col, cell.getLocalDateTimeCellValue().toLocalDate());
            }
            texts.put(col, type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell));
        }
        return new SheetRow(row.getRowNum() + 1, texts, dates);
    }
}
