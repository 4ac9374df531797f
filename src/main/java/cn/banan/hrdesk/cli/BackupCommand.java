package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.store.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the live database to FILE, even while the window has it open.",
            "It uses SQLite's online backup and reports success only after integrity_check of the copy says ok."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the copy")
    Path out;

    @Override
    public Integer call() {
        replace.check(root.db, out);
        Backup.copy(root.db, out);
        spec.commandLine().getErr().println(root.texts().get("backup.done", root.db, out));
        return Cli.OK;
    }
}
