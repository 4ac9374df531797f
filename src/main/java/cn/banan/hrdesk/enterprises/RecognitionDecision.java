package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.core.Labelled;

/** Where a request for recognition as a district key enterprise (T3, 重点企业认定) stands. */
public enum RecognitionDecision implements Labelled {
    PENDING, GRANTED, REFUSED;

    @Override
    public String labelKey() {
        return "enterprises.decision." + name();
    }
}
