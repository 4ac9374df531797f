package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Labelled;

/**
 * Where a claim stands. Until the review workflow exists every claim is at intake (受理), where lines may be
 * added and judged again; the later steps come with the workflow.
 */
public enum ClaimStatus implements Labelled {
    INTAKE;

    @Override
    public String labelKey() {
        return "claims.status." + name();
    }
}
