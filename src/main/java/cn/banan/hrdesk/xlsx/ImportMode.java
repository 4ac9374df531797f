package cn.banan.hrdesk.xlsx;

/** All rows or none (the default), or, when the user chooses, the good rows with the rest set aside. */
public enum ImportMode {
    ALL_OR_NOTHING, GOOD_ROWS_ONLY
}
