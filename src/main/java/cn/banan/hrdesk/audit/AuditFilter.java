package cn.banan.hrdesk.audit;

import java.time.LocalDate;

/** What the 操作日志 shows: entries of a record (its id, or part of it), by a user (part of the name), of a table, within dates. */
public record AuditFilter(String record, String user, String table, LocalDate from, LocalDate to) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
