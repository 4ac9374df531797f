package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-enterprises", mixinStandardHelpOptions = true,
        description = {"Imports enterprises from an .xlsx in the template's columns (see export-enterprises --template).",
            "All or nothing: any bad cell and nothing is imported. Bad cells are listed on stdout as",
            "row<TAB>column<TAB>header<TAB>message (with a header line); exit status 1 when there were any."})
final class ImportEnterprisesCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "the .xlsx to import")
    Path file;
    @Mixin
    ImportModeOptions options;

    @Override
    public Integer call() throws IOException {
        options.requireApartFrom(root.db);
        try (Services services = root.openOrCreate(Action.EDIT_REGISTRY)) {
            ImportOutput output = new ImportOutput(spec.commandLine().getOut());
            ImportReport report = services.enterpriseImport().run(file, options.mode(), options.errors, Progress.NONE, output);
            return output.finish(report, spec.commandLine().getErr(), root.texts());
        }
    }
}
