package cn.banan.hrdesk.reports;

/** One line of the monthly report: its section, what it counts, how many, and how much (fen; null when no money). */
public record ReportLine(String section, String item, String count, Long amountFen) {
}
