package cn.banan.hrdesk.enterprises;

/** All key enterprises in one month: people who joined and who left. */
public record MonthFlow(String month, long joiners, long leavers) {
}
