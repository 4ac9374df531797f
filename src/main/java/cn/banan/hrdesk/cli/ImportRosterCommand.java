package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-roster", mixinStandardHelpOptions = true,
        description = {"Imports a roster (申报名单, .xlsx in the template's columns) into a claim.",
            "Workers and placements are recorded and every row becomes a judged claim line (template: roster-template).",
            "All or nothing: any bad cell and nothing is imported.",
            "Bad cells go to stdout as row<TAB>column<TAB>header<TAB>message (with a header line); exit status 1 then."})
final class ImportRosterCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "the roster .xlsx")
    Path file;
    @Option(names = "--claim", required = true, paramLabel = "ID", description = "the claim: its record id or its number (2014-OFC-0001)")
    String claim;
    @Mixin
    ImportModeOptions options;

    @Override
    public Integer call() throws IOException {
        options.requireApartFrom(root.db);
        try (Services services = root.openOrCreate(Action.INTAKE_CLAIMS, Action.EDIT_PLACEMENTS)) {
            Optional<Claim> target = services.claims().find(claim).or(() -> services.claims().findByNo(claim));
            if (target.isEmpty()) {
                spec.commandLine().getErr().println(root.texts().get("roster.noSuchClaim", claim));
                return Cli.INPUT_PROBLEMS;
            }
            ImportOutput output = new ImportOutput(spec.commandLine().getOut());
            ImportReport report = services.rosterImport().run(target.get(), file,
                    options.mode(), options.errors, Progress.NONE, output);
            return output.finish(report, spec.commandLine().getErr(), root.texts());
        }
    }
}
