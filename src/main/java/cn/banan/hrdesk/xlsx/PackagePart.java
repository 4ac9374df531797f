package cn.banan.hrdesk.xlsx;

import cn.banan.hrdesk.core.Labelled;

/** The parts of an .xlsx the reader opens, by the names a person reading a refusal would understand. */
enum PackagePart implements Labelled {
    SHEET, SHARED_STRINGS, STYLES, WORKBOOK, RELATIONSHIPS;

    @Override
    public String labelKey() {
        return "file.part." + name();
    }
}
