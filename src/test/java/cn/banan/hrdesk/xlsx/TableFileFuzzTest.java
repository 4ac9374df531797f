package cn.banan.hrdesk.xlsx;

import cn.banan.hrdesk.testing.RawXlsx;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whatever bytes a clerk is handed, the table readers either read rows or refuse the file as unreadable, in words:
 * never another exception, never past their limits. Runs its seed inputs under mvn verify (regression mode);
 * JAZZER_FUZZ=1 fuzzes for real.
 */
class TableFileFuzzTest {
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 1 << 18, 1 << 18, 50, 1_000, 50_000, 1 << 20);

    @FuzzTest(maxDuration = "60s")
    void anyXlsxIsReadOrRefused(byte[] data) throws IOException {
        readOrRefuse(".xlsx", file -> Files.write(file, data));
    }

    @FuzzTest(maxDuration = "60s")
    void anySheetXmlIsReadOrRefused(byte[] sheet) throws IOException {
        readOrRefuse(".xlsx", file -> new RawXlsx(RawXlsx.text("")).part(RawXlsx.SHEET, out -> out.write(sheet)).write(file));
    }

    @FuzzTest(maxDuration = "60s")
    void anyCsvIsReadOrRefused(byte[] data) throws IOException {
        readOrRefuse(".csv", file -> Files.write(file, data));
    }

    /** Writes a file. */
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static void readOrRefuse(String suffix, Writer writer) throws IOException {
        Path file = Files.createTempFile("fuzz", suffix);
        try {
            writer.write(file);
            readOrRefuse(file);
        } finally {
            Files.delete(file);
        }
    }

    private static void readOrRefuse(Path file) {
        try {
            TabularFile.read(file, LIMITS, header -> { }, row -> {
                if (row.texts().size() > LIMITS.columns() || row.texts().values().stream().anyMatch(t -> t.length() > LIMITS.cellChars())) {
                    throw new AssertionError("a row past the limits was handed on: " + row.number());
                }
            });
        } catch (UnreadableWorkbookException refused) {
            // the file is refused in words: what a hostile file should get
        }
    }
}
