package cn.banan.hrdesk.registry.ui.planted;

/** Planted for the architecture rules to catch: a window that queries the database itself. Never used. */
public final class WindowWithSql {
    org.jooq.DSLContext dsl;
}
