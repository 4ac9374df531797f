package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.calculator.PolicyCalculator;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.PolicyParameterService;
import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Judges hypothetical or real cases under R1-R3 (政策测算), touching no database.",
            "Each case of FILE (.csv or .xlsx, header row) is judged with the parameters in force on its hire date;",
            "the results go to --out as CSV: case_id,eligible,amount_fen,months_counted,funding_source,reasons,reasons_zh.",
            "Parameter versions are read from --db when that database exists (never written); else the 2014 figures.",
            "A row that cannot be read gets eligible=N and never stops the others."})
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();
    @Parameters(paramLabel = "FILE", description = "cases, .csv (UTF-8) or .xlsx")
    Path file;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the results (.csv)")
    Path out;

    @Override
    public Integer call() throws IOException {
        replace.check(root.db, out);
        List<PolicyParameters> versions = Files.isRegularFile(root.db)
                ? PolicyParameterService.readOnly(Database.readOnly(root.db)) : List.of(PolicyParameters.V1_2014);
        PolicyCalculator.Summary s = new PolicyCalculator(versions, new Texts(Locale.SIMPLIFIED_CHINESE), BusinessTime.today()).run(file, out);
        spec.commandLine().getErr().println(root.texts().get("calculator.done", s.rows(), s.eligible(), out));
        return Cli.OK;
    }
}
