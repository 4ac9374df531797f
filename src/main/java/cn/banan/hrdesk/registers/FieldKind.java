package cn.banan.hrdesk.registers;

/**
 * How a register's field is typed, stored and checked. Counts and years are whole numbers; money is typed in yuan and kept in fen; dates ISO text; a month
 * 2014-05; a phone number is personal data, shown masked to roles that may not see it; an enterprise is typed as its credit code and kept as a reference to the registry.
 */
public enum FieldKind {
    TEXT, LONG_TEXT, PHONE, COUNT, MONEY, YEAR, DATE, MONTH, CHOICE, ENTERPRISE
}
