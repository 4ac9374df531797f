package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-enterprises", mixinStandardHelpOptions = true,
        description = "Writes the enterprise registry (tier in force today) as .xlsx, in the columns import-enterprises reads.")
final class ExportEnterprisesCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();
    @Parameters(paramLabel = "FILE", description = "the .xlsx to write")
    Path file;
    @Option(names = "--template", description = "write the empty template (headers and drop-downs) instead")
    boolean template;

    @Override
    public Integer call() throws IOException {
        replace.check(root.db, file);
        try (Services services = root.openServices()) {
            if (template) {
                services.enterpriseExport().template(file);
                spec.commandLine().getErr().println(root.texts().get("registry.export.templateDone", file));
            } else {
                int n = services.enterpriseExport().export(file, LocalDate.now(services.clock()), Progress.NONE);
                spec.commandLine().getErr().println(root.texts().get("registry.export.done", n, file));
            }
            return Cli.OK;
        }
    }
}
