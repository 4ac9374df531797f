package cn.banan.hrdesk.registers;

/** How a register's field is typed, stored and checked. Counts and years are whole numbers; dates ISO text. */
public enum FieldKind {
    TEXT, LONG_TEXT, COUNT, YEAR, DATE, CHOICE
}
