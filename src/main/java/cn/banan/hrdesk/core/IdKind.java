package cn.banan.hrdesk.core;

/** Which kind of identifier a message speaks of: the words for it fill the problem messages. */
public enum IdKind implements Labelled {
    RESIDENT, CREDIT;

    @Override
    public String labelKey() {
        return "id.kind." + name();
    }
}
