package cn.banan.hrdesk.reports.annual;

/** An intermediary's R1 claim of the year (not rejected): its number, what it judged payable, what was paid. */
public record R1Claimed(String intermediaryId, String intermediary, String intermediaryKind, String claimNo, long approvedFen, long paidFen) {
}
