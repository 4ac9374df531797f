package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import java.time.LocalDate;

/**
 * What a clerk typed for an enterprise, before checking. The tier and its start date are asked for when an
 * enterprise is first registered; later tier changes go through {@link EnterpriseService#changeTier}.
 */
public record EnterpriseForm(String id, String name, String creditCode, Park park, String address, String industry,
                             String note, Tier tier, LocalDate tierFrom) {
    public static final String NAME = "name";
    public static final String CREDIT_CODE = "creditCode";
    public static final String PARK = "park";
    public static final String TIER = "tier";
    public static final String TIER_FROM = "tierFrom";

    public boolean isNew() {
        return id == null;
    }
}
