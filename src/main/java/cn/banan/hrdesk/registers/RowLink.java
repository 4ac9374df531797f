package cn.banan.hrdesk.registers;

/**
 * How a field names a row of another register: that register's table, the SQL expression over its columns that labels
 * one of its rows for people ("2014-05-10 第三次工作会议"), and the column its rows are offered in (newest first).
 * Both are the program's own text, never input.
 */
public record RowLink(String table, String labelSql, String orderBy) {
}
