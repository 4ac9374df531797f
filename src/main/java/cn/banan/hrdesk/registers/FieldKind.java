package cn.banan.hrdesk.registers;

import cn.banan.hrdesk.core.Masking;
import cn.banan.hrdesk.core.ResidentId;

/**
 * How a register's field is typed, stored and checked. Counts and years are whole numbers; money is typed in yuan and kept in fen; dates ISO text; a month
 * 2014-05; a phone number and a resident ID number are personal data, shown masked to roles that may not see it (an ID number is checked like any
 * other); an enterprise is typed as its credit code and kept as a reference to the registry; a row of another register is picked from a list and
 * kept by its id.
 */
public enum FieldKind {
    TEXT, LONG_TEXT, PHONE, RESIDENT_ID, COUNT, MONEY, YEAR, DATE, MONTH, CHOICE, ENTERPRISE, ROW;

    /** Shown masked to a role that may not see personal data. */
    public boolean personal() {
        return this == PHONE || this == RESIDENT_ID;
    }

    /** A personal value as a role that may not see it is shown it. */
    public String masked(String value) {
        return this == RESIDENT_ID && !value.isBlank() ? ResidentId.of(value).masked() : Masking.phone(value);
    }

    /** Kept as text that is '' when left empty. */
    boolean plainText() {
        return this == TEXT || this == LONG_TEXT || this == PHONE || this == RESIDENT_ID;
    }
}
