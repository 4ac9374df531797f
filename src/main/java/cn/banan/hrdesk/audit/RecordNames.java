package cn.banan.hrdesk.audit;

/** What a register and its fields are called, by table and column: the names the trail is read in. */
public interface RecordNames {
    /** The register's name; a table nobody named, by its own name. */
    String tableName(String table);

    String column(String table, String column);

    /** A stored value as a person reads it: a choice by its name, yes or no for a flag. */
    String value(String table, String column, Object value);
}
