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
    public static final String ADDRESS = "address";
    public static final String INDUSTRY = "industry";
    public static final String NOTE = "note";
    public static final String CREDIT_CODE = "creditCode";
    public static final String PARK = "park";
    public static final String TIER = "tier";
    public static final String TIER_FROM = "tierFrom";

    public boolean isNew() {
        return id == null;
    }

    /** As typed, with control characters and direction marks taken out of every text (the note keeps its lines). */
    public EnterpriseForm cleaned() {
        return new EnterpriseForm(id, cn.banan.hrdesk.core.FieldText.line(name), cn.banan.hrdesk.core.FieldText.line(creditCode), park,
                cn.banan.hrdesk.core.FieldText.line(address), cn.banan.hrdesk.core.FieldText.line(industry),
                cn.banan.hrdesk.core.FieldText.block(note), tier, tierFrom);
    }
}
