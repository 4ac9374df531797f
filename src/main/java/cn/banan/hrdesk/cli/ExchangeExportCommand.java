package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.exchange.ExportResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes one package for SITE: everything it has not acknowledged, and what this site received from it.",
            "Prints rows<TAB>n on stdout."})
final class ExchangeExportCommand implements Callable<Integer> {
    @ParentCommand
    ExchangeCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--to", required = true, paramLabel = "SITE", description = "the paired site: ${COMPLETION-CANDIDATES}")
    Site to;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the package")
    Path out;

    @Override
    public Integer call() throws Exception {
        RootCommand root = parent.root();
        cn.banan.hrdesk.store.DatabaseFiles.requireApart(root.db, out);
        try (Services services = root.openServices(Action.EXCHANGE_DATA)) {
            ExportResult r = services.exchange().export(to, out, Progress.NONE);
            spec.commandLine().getOut().println("rows\t" + r.rows());
            spec.commandLine().getErr().println(root.texts().get("exchange.export.done", r.to(), r.seq(), r.rows(), out)
                    + r.filesInWords(root.texts(), services.exchange().fileBudgetMb()));
        }
        return Cli.OK;
    }
}
