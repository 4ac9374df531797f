package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.audit.AuditCheck;
import cn.banan.hrdesk.audit.AuditFilter;
import cn.banan.hrdesk.audit.AuditWords;
import cn.banan.hrdesk.exchange.ui.ExchangeLabels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail (操作日志) of every write.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: verify, export");
    }

    RootCommand root() {
        return (RootCommand) spec.parent().userObject();
    }

    AuditWords words() {
        return new AuditWords(root().texts(), new ExchangeLabels(root().texts()));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walks each site's chain of the trail, compares it with the heads peers witnessed, and every row with its last entry.",
                "Exit 0 when all hold; else 1, naming the first broken entry or the rows changed outside the program."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RootCommand root = parent.root();
            try (Services services = root.openServices(Action.READ_AUDIT_TRAIL)) {
                AuditCheck check = services.audit().verify();
                spec.commandLine().getOut().println(parent.words().check(check));
                spec.commandLine().getOut().flush();
                return check.holds() ? Cli.OK : Cli.INPUT_PROBLEMS;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the trail (or the part the options choose) as .xlsx.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        ReplaceOption replace = new ReplaceOption();
        @Parameters(paramLabel = "FILE", description = "the .xlsx to write")
        Path file;
        @Option(names = "--record", description = "entries of the record whose id contains this")
        String record;
        @Option(names = "--user", description = "entries by the user whose name contains this")
        String user;
        @Option(names = "--table", description = "entries of this table (e.g. enterprise)")
        String table;
        @Option(names = "--from", description = "from this day (YYYY-MM-DD, Beijing time)")
        LocalDate from;
        @Option(names = "--to", description = "to this day, inclusive")
        LocalDate to;

        @Override
        public Integer call() throws IOException {
            RootCommand root = parent.root();
            replace.check(root.db, file);
            try (Services services = root.openServices(Action.READ_AUDIT_TRAIL)) {
                java.util.List<String> tables = services.audit().tables();
                if (table != null && !tables.contains(table)) {
                    // a mistyped table would give an empty workbook that looks like a trail with nothing in it
                    spec.commandLine().getErr().println(root.texts().get("audit.export.unknownTable", table, String.join(", ", tables)));
                    return Cli.INPUT_PROBLEMS;
                }
                int n = services.audit().export(new AuditFilter(record, user, table, from, to), file, root.texts(), parent.words());
                spec.commandLine().getErr().println(root.texts().get("audit.export.done", n, file));
                return Cli.OK;
            }
        }
    }
}
