package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.registers.EnterpriseRef;
import cn.banan.hrdesk.registers.RegisterRepository;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * A dated 核定用工数量 is the enterprise's approved demand for that year in the registry (SPEC §5): saving it writes the
 * figure there in the same transaction, and the verification keeps the registry row it wrote, which locks it. A
 * correction is a new verification for the same enterprise and year; the registry then shows the newer figure.
 */
public final class DemandVerifications implements RegisterService.AfterSave {
    private final RegisterRepository registers;
    private final EnterpriseDetailRepository details;

    public DemandVerifications(RegisterRepository registers, EnterpriseDetailRepository details) {
        this.registers = registers;
        this.details = details;
    }

    @Override
    public void saved(DSLContext tx, String id) {
        var spec = EnterpriseServiceRegisters.DEMAND;
        RegisterRow row = registers.find(tx, spec, id).orElseThrow();
        if (!(row.get("verified_on") instanceof LocalDate)) {
            return;
        }
        String written = details.putDemand(tx, ((EnterpriseRef) row.get("enterprise_id")).id(), (int) row.count("year"), (int) row.count("verified"));
        registers.setColumn(tx, spec, id, "demand_id", written);
    }
}
