package cn.banan.hrdesk.reports.annual;

/**
 * One group of the year's claims. {@code key}: the group's code (R1, ECONOMIC_PARK, HR_AGENCY…; null: not known).
 * {@code eligible} and {@code approvedFen} leave out rejected claims; {@code approvedFen} also the lines an upheld
 * objection withholds; {@code paidFen} is the part of it whose funding source's 发放 is recorded.
 */
public record ClaimFigures(String key, int claims, int lines, int eligible, long approvedFen, long paidFen) {
}
