package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** The office's full-time staff (seconded from the HR system) and the member units' part-time liaisons. */
public enum StaffKind implements Labelled {
    FULL_TIME, LIAISON;

    @Override
    public String labelKey() {
        return "office.staffKind." + name();
    }
}
