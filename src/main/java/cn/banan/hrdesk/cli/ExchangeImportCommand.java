package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.exchange.ImportResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Checks the package FILE whole before touching the database, then applies it in one transaction.",
            "Exit 0 when applied, or when it was applied before (nothing changes; a message says so);",
            "exit 1 when refused, with the reason, and the database exactly as it was."})
final class ExchangeImportCommand implements Callable<Integer> {
    @ParentCommand
    ExchangeCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "the package")
    Path file;

    @Override
    public Integer call() throws Exception {
        RootCommand root = parent.root();
        try (Services services = root.openServices(Action.EXCHANGE_DATA)) {
            ImportResult r = services.exchange().importPackage(file, true, Progress.NONE);
            String words = switch (r.outcome()) {
                case ALREADY_APPLIED -> root.texts().get("exchange.import.already", r.from(), r.seq());
                case SUPERSEDED -> root.texts().get("exchange.import.superseded", r.from(), r.seq());
                default -> root.texts().get("exchange.import.applied", r.from(), r.seq(), r.rows(), r.added(), r.updated(), r.conflicts());
            };
            spec.commandLine().getErr().println(words);
        }
        return Cli.OK;
    }
}
