package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.io.PrintWriter;

/** What an import command prints: bad cells on stdout (tab-separated, with a header), a summary on stderr. */
final class ImportOutput {
    private ImportOutput() {
    }

    /** Returns the exit status: 1 when any cell was bad. */
    static int print(ImportReport report, PrintWriter out, PrintWriter err, Texts texts) {
        if (report.hasProblems()) {
            out.println("row\tcolumn\theader\tmessage");
            for (CellProblem p : report.problems()) {
                out.println(p.row() + "\t" + p.column() + "\t" + p.header() + "\t" + p.message());
            }
        }
        out.flush();
        err.println(texts.get("registry.import.summary", report.rowsRead(), report.imported(), report.problems().size()));
        if (report.errorWorkbook() != null) {
            err.println(texts.get("registry.import.errorsWritten", report.errorWorkbook()));
        }
        return report.hasProblems() ? Cli.INPUT_PROBLEMS : Cli.OK;
    }
}
