package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.FormulaSafe;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.people.PersonLookup;
import cn.banan.hrdesk.people.PersonRecord;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "people", mixinStandardHelpOptions = true, subcommands = PeopleCommand.Find.class,
        description = "Looks people up across every register (人员查询).")
final class PeopleCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: find");
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Lists every record of the people found by ID number (TEXT) or by part of a name, in every year.",
                "Tab-separated, header resident_id name record enterprise date claim rule result amount_fen.",
                "record is placement, claim_line, flag, student or job_seeker; result is Y or N for a claim line, the flag's kind",
                "and OPEN or CLEARED for a flag, the school for a student, the post wanted for a job seeker.",
                "ID numbers are masked unless --full-ids. At most " + PersonLookup.LIMIT + " records of each kind (stderr says so)."})
    static final class Find implements Callable<Integer> {
        @ParentCommand
        PeopleCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "TEXT", description = "an ID number, or part of a name")
        String text;
        @Option(names = "--full-ids", description = "print ID numbers whole")
        boolean fullIds;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            try (Services services = root.openServices()) {
                PersonLookup.Found found = services.people().find(text);
                boolean whole = services.people().fullIds(fullIds);
                PrintWriter out = spec.commandLine().getOut();
                out.println("resident_id\tname\trecord\tenterprise\tdate\tclaim\trule\tresult\tamount_fen");
                for (PersonRecord r : found.records()) {
                    String id = r.residentId() == null ? "" : whole ? r.residentId() : ResidentId.of(r.residentId()).masked();
                    out.println(String.join("\t", id, FormulaSafe.text(r.name()), r.kind().word(), FormulaSafe.text(text(r.enterprise())),
                            r.date() == null ? "" : r.date().toString(), text(r.claimNo()), text(r.rule()), FormulaSafe.text(text(r.result())),
                            r.amountFen() == null ? "" : String.valueOf(r.amountFen())));
                }
                out.flush();
                if (found.records().isEmpty()) {
                    spec.commandLine().getErr().println(root.texts().get("people.find.none", text));
                } else if (found.cut()) {
                    spec.commandLine().getErr().println(root.texts().get("people.find.cut", PersonLookup.LIMIT));
                }
                return Cli.OK;
            }
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }
    }
}
