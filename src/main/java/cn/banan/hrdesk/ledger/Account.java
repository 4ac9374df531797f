package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.policy.FundingSource;

/** The ledger's accounts: each park committee's subsidy fund, 区工业发展基金, and the office's work-fund account. */
public enum Account implements Labelled {
    ECONOMIC_PARK, LOGISTICS_BASE, MALIU_RIVERSIDE, DISTRICT_FUND, WORK_FUND;

    public static Account of(FundingSource source) {
        return valueOf(source.name());
    }

    @Override
    public String labelKey() {
        return "ledger.account." + name();
    }
}
