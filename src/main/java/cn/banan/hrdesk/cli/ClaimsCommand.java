package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claims", mixinStandardHelpOptions = true, description = "Claims (补贴申报).",
        subcommands = ClaimsCommand.ListClaims.class)
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every claim, tab-separated with a header: id, claimant, rule, status, amount_fen",
                "(id: the record id; amount_fen: the eligible total in fen)."})
    static final class ListClaims implements Callable<Integer> {
        @ParentCommand
        ClaimsCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RootCommand root = (RootCommand) parent.spec.parent().userObject();
            try (Services services = root.openServices()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("id\tclaimant\trule\tstatus\tamount_fen");
                for (ClaimSummary c : services.claims().list()) {
                    out.println(c.id() + "\t" + c.claimantName() + "\t" + c.rule() + "\t" + c.status() + "\t" + c.amount().fen());
                }
                out.flush();
                return Cli.OK;
            }
        }
    }
}
