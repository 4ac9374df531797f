package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.policy.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "forms", mixinStandardHelpOptions = true, description = "Printed forms (招工补贴审批表).",
        subcommands = {FormsCommand.Approval.class, FormsCommand.Batch.class})
final class FormsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: approval, batch");
    }

    RootCommand root() {
        return (RootCommand) spec.parent().userObject();
    }

    @Command(name = "approval", mixinStandardHelpOptions = true,
            description = "Writes one claim's 招工补贴审批表 as .xlsx (A4 portrait, one page wide), filled with the steps done so far.")
    static final class Approval implements Callable<Integer> {
        @ParentCommand
        FormsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--claim", required = true, paramLabel = "ID", description = "the claim: its record id or its number (2014-OFC-0001)")
        String claim;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx to write")
        Path out;
        @picocli.CommandLine.Mixin
        ReplaceOption replace = new ReplaceOption();
        @Option(names = "--full-ids", description = "print resident ID numbers in full (the form then says it holds personal data); "
                + "masked without it, as for a role that may not see them")
        boolean fullIds;

        @Override
        public Integer call() throws IOException {
            RootCommand root = parent.root();
            replace.check(root.db, out);
            try (Services services = root.openServices()) {
                Optional<Claim> target = services.claims().find(claim).or(() -> services.claims().findByNo(claim));
                if (target.isEmpty()) {
                    spec.commandLine().getErr().println(root.texts().get("roster.noSuchClaim", claim));
                    return Cli.INPUT_PROBLEMS;
                }
                services.forms().write(target.get().id(), out, fullIds);
                spec.commandLine().getErr().println(root.texts().get("forms.written", target.get().claimNo(), out.toAbsolutePath()));
                return Cli.OK;
            }
        }
    }

    @Command(name = "batch", mixinStandardHelpOptions = true,
            description = {"Writes the 招工补贴审批表 of every claim (or those the filters pick) into DIR, one file each.",
                "Each is named after its claim number (2014-OFC-0001.xlsx); an existing file of that name is replaced."})
    static final class Batch implements Callable<Integer> {
        @ParentCommand
        FormsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (made if missing)")
        Path out;
        @Option(names = "--status", paramLabel = "STATUS", description = "only claims at this status: ${COMPLETION-CANDIDATES}")
        ClaimStatus status;
        @Option(names = "--rule", paramLabel = "RULE", description = "only claims under this rule: ${COMPLETION-CANDIDATES}")
        Rule rule;
        @Option(names = "--full-ids", description = "print resident ID numbers in full (each form then says it holds personal data)")
        boolean fullIds;
        @Option(names = "--year", paramLabel = "YEAR", description = "only claims of this year")
        Integer year;

        @Override
        public Integer call() throws IOException {
            RootCommand root = parent.root();
            Predicate<ClaimSummary> which = c -> (status == null || c.status() == status) && (rule == null || c.rule() == rule)
                    && (year == null || c.periodYear() == year);
            try (Services services = root.openServices()) {
                int n = services.forms().batch(services.claims().list(), which, out, fullIds, Progress.NONE);
                spec.commandLine().getErr().println(root.texts().get("forms.batchDone", n, out.toAbsolutePath()));
                return Cli.OK;
            }
        }
    }
}
