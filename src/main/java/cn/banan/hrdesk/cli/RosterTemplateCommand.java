package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.claims.roster.RosterSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "roster-template", mixinStandardHelpOptions = true,
        description = {"Writes the empty roster template (申报名单) that import-roster reads, touching no database.",
            "Its columns have Chinese headers and a drop-down for the recruitment channel."})
final class RosterTemplateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();
    @Parameters(paramLabel = "FILE", description = "the .xlsx to write")
    Path file;

    @Override
    public Integer call() throws IOException {
        replace.check(root.db, file);
        new RosterSheet(root.texts()).template(file);
        spec.commandLine().getErr().println(root.texts().get("registry.export.templateDone", file));
        return Cli.OK;
    }
}
