package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import org.jooq.DSLContext;

/**
 * A dated 核定用工数量 is the enterprise's approved demand for that year in the registry (SPEC §5): saving it writes the
 * figure there in the same transaction, and the verification keeps the registry row it wrote, which locks it. A
 * correction is a new verification for the same enterprise and year; the registry then shows the newer figure.
 */
public final class DemandVerifications implements RegisterService.AfterSave {
    private final DemandCheckRepository checks;
    private final EnterpriseDetailRepository details;

    public DemandVerifications(DemandCheckRepository checks, EnterpriseDetailRepository details) {
        this.checks = checks;
        this.details = details;
    }

    @Override
    public void saved(DSLContext tx, String id) {
        DemandCheckRepository.DemandCheck check = checks.find(tx, id).orElseThrow();
        if (check.verifiedOn() == null) {
            return;
        }
        checks.linkDemand(tx, id, details.putDemand(tx, check.enterpriseId(), check.year(), check.verified()));
    }
}
