package cn.banan.hrdesk.enterprises;

/** An enterprise's month whose turnover (leavers against the average headcount, per cent) reached the threshold. */
public record TurnoverRow(String enterpriseName, String month, long start, long joiners, long leavers, long end, long turnoverPercent) {
}
