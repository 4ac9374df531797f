package cn.banan.hrdesk.enterprises;

import static cn.banan.hrdesk.registers.FieldKind.COUNT;
import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.ENTERPRISE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.YEAR;
import static cn.banan.hrdesk.store.generated.Tables.DEMAND_CHECK;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_DEMAND;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.DemandCheckRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** 核定用工 verifications on the generated table: the register's fields, and what writing the registry's figure reads and links. */
public final class DemandCheckRepository {
    static final RegisterSpec DEMAND = new RegisterSpec("demand", DEMAND_CHECK, "enterprises.demand.title", "enterprises.demand.file",
            Action.EDIT_RECOGNITION_AND_RETENTION, List.of(
                    RegisterField.of(DEMAND_CHECK.ENTERPRISE_ID, ENTERPRISE, "enterprises.enterprise", 20, true),
                    RegisterField.of(DEMAND_CHECK.YEAR, YEAR, "enterprises.demand.year", 6, true),
                    RegisterField.of(DEMAND_CHECK.REQUESTED, COUNT, "enterprises.demand.requested", 8, false),
                    RegisterField.of(DEMAND_CHECK.VERIFIED, COUNT, "enterprises.demand.verified", 8, false),
                    RegisterField.of(DEMAND_CHECK.VERIFIED_ON, DATE, "enterprises.demand.on", 10, false),
                    RegisterField.of(DEMAND_CHECK.NOTE, LONG_TEXT, "enterprises.note", 20, false)),
            DEMAND_CHECK.YEAR, List.of(new RegisterSpec.Derived("in_registry", "enterprises.demand.inRegistry",
                    DSL.selectCount().from(ENTERPRISE_DEMAND).where(ENTERPRISE_DEMAND.ID.eq(DEMAND_CHECK.DEMAND_ID)).asField(), true)),
            new RegisterSpec.Lock(DEMAND_CHECK.DEMAND_ID, "registers.problem.locked.demand"));

    /** A verification as the registry takes it: the enterprise, the year, the figure and the day it was verified (null: not yet). */
    public record DemandCheck(String enterpriseId, int year, int verified, LocalDate verifiedOn) {
    }

    private final RowStamp stamp;

    public DemandCheckRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public Optional<DemandCheck> find(DSLContext tx, String id) {
        return tx.fetchOptional(DEMAND_CHECK, DEMAND_CHECK.ID.eq(id).and(DEMAND_CHECK.DELETED.isFalse()))
                .map(r -> new DemandCheck(r.getEnterpriseId(), r.getYear(), r.getVerified(), r.getVerifiedOn()));
    }

    /** Keeps the registry row the verification wrote, which locks it. */
    public void linkDemand(DSLContext tx, String id, String demandId) {
        DemandCheckRecord r = tx.fetchSingle(DEMAND_CHECK, DEMAND_CHECK.ID.eq(id));
        r.setDemandId(demandId);
        stamp.stampChange(r).update();
    }
}
