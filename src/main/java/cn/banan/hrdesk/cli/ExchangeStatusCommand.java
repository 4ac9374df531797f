package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.exchange.PeerStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Where the exchange with each paired site stands, one site a line (tab-separated).",
            "Columns: peer, packages sent, the last of them it acknowledged, packages received from it, open conflicts."})
final class ExchangeStatusCommand implements Callable<Integer> {
    @ParentCommand
    ExchangeCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = parent.root().openServices()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("peer\tsent\tacknowledged\treceived\tconflicts");
            for (PeerStatus p : services.exchange().status()) {
                out.println(p.site().name() + "\t" + p.sent() + "\t" + p.acknowledged() + "\t" + p.received() + "\t" + p.conflicts());
            }
            out.flush();
        }
        return Cli.OK;
    }
}
