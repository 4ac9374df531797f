package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.xml.sax.SAXException;

/**
 * Reads the first sheet of an .xlsx row by row, with memory flat in the number of rows (a 100,000-row roster stays in
 * a few MB) and every part bounded by {@link ReadLimits}. Anything wrong with the file itself becomes
 * {@link UnreadableWorkbookException}; a limit passed becomes {@link RefusedFileException}, naming the limit.
 */
public final class StreamingSheetReader {
    private StreamingSheetReader() {
    }

    /** Calls {@code header} with the first row's texts, then {@code each} for every later non-blank row. */
    public static void read(Path file, Consumer<List<String>> header, Consumer<SheetRow> each) {
        read(file, ReadLimits.DEFAULT, header, each);
    }

    public static void read(Path file, ReadLimits limits, Consumer<List<String>> header, Consumer<SheetRow> each) {
        UnreadableWorkbookException.requireFile(file);
        HeaderThenRows rows = new HeaderThenRows(header, each);
        try (OoxmlPackage pkg = new OoxmlPackage(file)) {
            WorkbookParts parts = WorkbookParts.find(pkg, limits.partBytes());
            if (parts.firstSheet() == null) {
                rows.end();
                return;
            }
            SharedStrings strings = parts.sharedStrings() == null ? SharedStrings.none() : SharedStrings.read(file,
                    pkg.open(parts.sharedStrings(), limits.sharedStringBytes(), PackagePart.SHARED_STRINGS), limits.cellChars());
            CellStyles styles = parts.styles() == null ? CellStyles.none()
                    : CellStyles.read(pkg.open(parts.styles(), limits.partBytes(), PackagePart.STYLES));
            CellValue value = new CellValue(strings, styles, parts.date1904());
            XmlParts.parse(pkg.open(parts.firstSheet(), limits.sheetBytes(), PackagePart.SHEET),
                    new SheetHandler(file, limits, value, rows));
            rows.end();
        } catch (IOException | SAXException | RuntimeException | StackOverflowError e) {
            throw Failures.rethrow(file, e);
        }
    }
}
