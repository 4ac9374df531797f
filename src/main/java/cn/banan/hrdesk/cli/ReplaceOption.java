package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.store.DatabaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a command writes a file: never over the open database, and over an existing file only when asked with
 * {@code --force}, as a window asks before it replaces one. A script that meant to replace says so.
 */
final class ReplaceOption {
    @Option(names = "--force", description = "replace the output file if it exists")
    boolean force;

    /** Refuses, writing nothing, an output that is the database or an existing file not to be replaced. */
    void check(Path database, Path output) {
        DatabaseFiles.requireApart(database, output);
        if (!force && Files.exists(output)) {
            throw new ValidationException(List.of(FieldProblem.of("output", "cli.outputExists", output)));
        }
    }
}
