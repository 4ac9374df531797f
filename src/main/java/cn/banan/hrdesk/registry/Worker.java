package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.FieldText;

/** A worker (人员) as typed or stored; birth date and sex come from the resident ID number. */
public record Worker(String id, String residentId, String name, String phone, TargetGroup group) {
    public static final String RESIDENT_ID = "residentId";
    public static final String NAME = "name";
    public static final String GROUP = "group";

    /** As typed, with control characters and direction marks taken out of every text. */
    public Worker cleaned() {
        return new Worker(id, FieldText.line(residentId), FieldText.line(name), FieldText.line(phone), group);
    }
}
