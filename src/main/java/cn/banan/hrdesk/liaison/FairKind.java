package cn.banan.hrdesk.liaison;

import cn.banan.hrdesk.core.Labelled;

/** Recruitment events (SPEC §6): special job fairs, market-day (民生赶场) and village courtyard (院坝会) meetings. */
public enum FairKind implements Labelled {
    SPECIAL_FAIR, MARKET_DAY, COURTYARD;

    @Override
    public String labelKey() {
        return "liaison.fairKind." + name();
    }
}
