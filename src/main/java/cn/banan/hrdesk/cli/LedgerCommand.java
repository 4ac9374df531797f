package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.ledger.LedgerCheck;
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
            description = {"Recomputes the hash chain and the balances from the entries. Exit 0 when both hold;",
                "else 1, naming the first entry that no longer agrees (changed outside the program)."})
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
                if (check.holds()) {
                    spec.commandLine().getOut().println(root.texts().get("ledger.verify.ok", check.entries()));
                    spec.commandLine().getOut().flush();
                    return Cli.OK;
                }
                String where = check.seq() == null ? root.texts().get("ledger.verify.account", check.account())
                        : root.texts().get("ledger.verify.entry", check.seq(), check.entryId(), check.account());
                spec.commandLine().getOut().println(root.texts().get("ledger.verify.broken", where, check.problem()));
                spec.commandLine().getOut().flush();
                return Cli.INPUT_PROBLEMS;
            }
        }
    }
}
