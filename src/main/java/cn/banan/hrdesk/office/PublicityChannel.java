package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Labelled;

/** Where a publicity activity reached people (SPEC §6). */
public enum PublicityChannel implements Labelled {
    TV, RADIO, NEWSPAPER, ONLINE, SMS, FAIR, MARKET_DAY, COURTYARD;

    @Override
    public String labelKey() {
        return "office.channel." + name();
    }
}
