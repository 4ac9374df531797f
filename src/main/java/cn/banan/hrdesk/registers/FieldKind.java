package cn.banan.hrdesk.registers;

/**
 * How a register's field is typed, stored and checked. Counts and years are whole numbers; dates ISO text; a month
 * 2014-05; an enterprise is typed as its credit code and kept as a reference to the registry.
 */
public enum FieldKind {
    TEXT, LONG_TEXT, COUNT, YEAR, DATE, MONTH, CHOICE, ENTERPRISE
}
