package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.FormulaSafe;
import cn.banan.hrdesk.core.Texts;
import java.io.PrintWriter;
import java.util.Locale;
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
            description = {"Lists every claim, tab-separated with a header, one claim a line.",
                "Columns: id, claimant, rule, status, amount_fen, number, status_zh, amount_yuan",
                "(id: the record id; number: the claim number other commands take, e.g. 2014-OFC-0003;",
                "status_zh: the status in words; amount: the eligible total, in fen and in yuan)."})
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
                Texts chinese = new Texts(Locale.SIMPLIFIED_CHINESE);
                out.println("id\tclaimant\trule\tstatus\tamount_fen\tnumber\tstatus_zh\tamount_yuan");
                for (ClaimSummary c : services.claims().list()) {
                    out.println(String.join("\t", c.id(), FormulaSafe.text(c.claimantName()), c.rule().name(), c.status().name(),
                            String.valueOf(c.amount().fen()), c.claimNo(), chinese.label(c.status()), c.amount().toPlainYuan()));
                }
                out.flush();
                return Cli.OK;
            }
        }
    }
}
