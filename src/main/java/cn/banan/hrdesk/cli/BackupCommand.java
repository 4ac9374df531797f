package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.attachments.AttachmentFiles;
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
            "It uses SQLite's online backup and reports success only after integrity_check of the copy says ok.",
            "The attached files go into the folder beside FILE (FILE-附件), as the window's backup keeps them."})
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
        // the attached files beside the copy, as the window's backup keeps them (a restore puts them back)
        int files = AttachmentFiles.beside(root.db).copyInto(AttachmentFiles.beside(out));
        spec.commandLine().getErr().println(root.texts().get("backup.done", root.db, out) + (files == 0 ? "" : root.texts().get("backup.doneFiles", files)));
        return Cli.OK;
    }
}
