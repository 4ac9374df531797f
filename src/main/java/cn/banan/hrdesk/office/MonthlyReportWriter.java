package cn.banan.hrdesk.office;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/** Writes the leading group's monthly report (the office makes it; the report itself reads every department). */
public interface MonthlyReportWriter {
    /** Returns how many lines it wrote. */
    int write(YearMonth month, Path out) throws IOException;
}
