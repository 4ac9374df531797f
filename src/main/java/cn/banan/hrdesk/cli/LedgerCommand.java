package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.ledger.LedgerCheck;
import cn.banan.hrdesk.ledger.LedgerCheckWords;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ledger", mixinStandardHelpOptions = true, description = "The money ledger (资金台账).",
        subcommands = LedgerCommand.Verify.class)
final class LedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: verify");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recomputes the hash chain and the balances from the entries.",
                "Exit 0 when both hold; else 1, naming the first entry that no longer agrees (changed outside the program)."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RootCommand root = (RootCommand) parent.spec.parent().userObject();
            try (Services services = root.openServices()) {
                LedgerCheck check = services.ledger().verify();
                spec.commandLine().getOut().println(LedgerCheckWords.of(check, root.texts()));
                spec.commandLine().getOut().flush();
                return check.holds() ? Cli.OK : Cli.INPUT_PROBLEMS;
            }
        }
    }
}
