package cn.banan.hrdesk.claims.planted;

/** Planted for the architecture rules to catch: SQL outside a repository, and a workbook outside the table-file code. Never used. */
public final class ServiceWritingSql {
    Object claims = cn.banan.hrdesk.store.generated.Tables.CLAIM;
    org.apache.poi.ss.usermodel.Workbook workbook;
}
