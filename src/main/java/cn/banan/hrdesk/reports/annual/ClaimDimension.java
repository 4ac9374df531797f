package cn.banan.hrdesk.reports.annual;

import cn.banan.hrdesk.core.Labelled;

/** The ways the year's claims are counted for 考核: by rule, by who pays, by park, by tier on the hire day, by who claimed. */
public enum ClaimDimension implements Labelled {
    RULE, SOURCE, PARK, TIER, CLAIMANT;

    @Override
    public String labelKey() {
        return "annual.claims.by." + name();
    }
}
