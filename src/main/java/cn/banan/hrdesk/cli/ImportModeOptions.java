package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.xlsx.ImportMode;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every import shares: all or nothing, unless only the good rows are wanted. */
final class ImportModeOptions {
    @Option(names = "--good-rows-only", description = "import the good rows and leave out the bad ones")
    boolean goodRowsOnly;
    @Option(names = "--errors", paramLabel = "FILE", description = "with --good-rows-only: write the bad rows here (.xlsx)")
    Path errors;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();

    /** The error workbook must not be written over the database (or its -wal, -shm, .lock). */
    void requireApartFrom(Path database) {
        if (errors != null) {
            replace.check(database, errors);
        }
    }

    ImportMode mode() {
        return goodRowsOnly ? ImportMode.GOOD_ROWS_ONLY : ImportMode.ALL_OR_NOTHING;
    }
}
