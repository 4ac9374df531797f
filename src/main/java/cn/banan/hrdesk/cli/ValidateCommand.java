package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.core.AnyIdentifier;
import cn.banan.hrdesk.core.IdKind;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.TabularFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks resident ID numbers and unified social credit codes.",
            "One line per value: VALUE<TAB>OK<TAB>NORMALISED or VALUE<TAB>INVALID<TAB>CODE<TAB>MESSAGE.",
            "With --file, every cell under a header 身份证号/worker_id or 统一社会信用代码/credit_code of a .csv or .xlsx,",
            "each line starting with ROW<TAB>COLUMN<TAB>. Exit status 1 when any value is invalid."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "values to check")
    List<String> values = new ArrayList<>();
    @Option(names = "--file", paramLabel = "FILE", description = ".csv or .xlsx whose ID columns are checked")
    Path file;

    @Override
    public Integer call() {
        if ((file == null) == values.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either values or --file, not both or neither");
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = BusinessTime.today();
        boolean[] anyInvalid = {false};
        if (file == null) {
            for (String v : values) {
                anyInvalid[0] |= !print(out, "", v, AnyIdentifier.judge(v, today));
            }
        } else {
            List<IdKind> kinds = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            TabularFile.read(file, header -> {
                headers.addAll(header);
                header.forEach(h -> kinds.add(kindOf(h)));
            }, row -> {
                for (int c = 0; c < kinds.size(); c++) {
                    if (kinds.get(c) != null && !row.text(c).isEmpty()) {
                        String prefix = row.number() + "\t" + headers.get(c) + "\t";
                        anyInvalid[0] |= !print(out, prefix, row.text(c), AnyIdentifier.as(kinds.get(c), row.text(c), today));
                    }
                }
            });
            if (!kinds.stream().anyMatch(k -> k != null)) {
                spec.commandLine().getErr().println(root.texts().get("validate.noIdColumn", file));
                return Cli.INPUT_PROBLEMS;
            }
        }
        out.flush();
        return anyInvalid[0] ? Cli.INPUT_PROBLEMS : Cli.OK;
    }

    private boolean print(PrintWriter out, String prefix, String given, AnyIdentifier id) {
        Texts texts = root.texts();
        if (id.isValid()) {
            out.println(prefix + given + "\tOK\t" + id.normalised());
        } else {
            out.println(prefix + given + "\tINVALID\t" + id.problem().code() + "\t" + texts.get(id.problem().labelKey(), id.kind()));
        }
        return id.isValid();
    }

    private static IdKind kindOf(String header) {
        String h = header.strip();
        if (h.equals("身份证号") || h.equalsIgnoreCase("worker_id")) {
            return IdKind.RESIDENT;
        }
        if (h.equals("统一社会信用代码") || h.equalsIgnoreCase("credit_code")) {
            return IdKind.CREDIT;
        }
        return null;
    }
}
