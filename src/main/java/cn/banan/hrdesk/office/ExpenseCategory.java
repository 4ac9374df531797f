package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** The four things the work fund pays for (SPEC §6): publicity, the recruitment platform, meetings, travel to bring people back. */
public enum ExpenseCategory implements Labelled {
    PUBLICITY, PLATFORM, MEETING, TRAVEL;

    @Override
    public String labelKey() {
        return "office.expense." + name();
    }
}
