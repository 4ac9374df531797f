package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * What an import command prints: every bad cell on stdout as the import finds it (tab-separated, with a header, so a
 * file of a million bad rows is printed without being held), then a summary on stderr.
 */
final class ImportOutput implements Consumer<CellProblem> {
    private final PrintWriter out;
    private int printed;

    ImportOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(CellProblem p) {
        if (printed++ == 0) {
            out.println("row\tcolumn\theader\tmessage");
        }
        out.println(p.row() + "\t" + p.column() + "\t" + p.header() + "\t" + p.message());
    }

    /** Prints what the import did not hand over as it went (a header's problems), the summary; returns the exit status. */
    int finish(ImportReport report, PrintWriter err, Texts texts) {
        if (printed == 0) {
            report.problems().forEach(this);
        }
        out.flush();
        err.println(texts.get("registry.import.summary", report.rowsRead(), report.imported(), report.problemCount()));
        if (report.errorWorkbook() != null) {
            err.println(texts.get("registry.import.errorsWritten", report.errorWorkbook()));
        }
        return report.hasProblems() ? Cli.INPUT_PROBLEMS : Cli.OK;
    }
}
