package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export-ledgers", mixinStandardHelpOptions = true,
        description = {"Writes every register (台账) into DIR as .xlsx, one file each.",
            "The files are named as docs/CONTRACTS.md lists them (企业名录.xlsx, 补贴申报台账.xlsx, 资金台账.xlsx …);",
            "files of those names are replaced."})
final class ExportLedgersCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (made if missing)")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Services services = root.openServices()) {
            int n = services.ledgerExports().writeAll(out, Progress.NONE);
            spec.commandLine().getErr().println(root.texts().get("reports.exported", n, out.toAbsolutePath()));
            return Cli.OK;
        }
    }
}
