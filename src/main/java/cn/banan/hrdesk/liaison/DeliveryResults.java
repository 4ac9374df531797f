package cn.banan.hrdesk.liaison;

import java.util.List;
import org.jooq.DSLContext;

/** 输送机构成效: read only, derived from the placements each intermediary delivered. */
public final class DeliveryResults {
    private final DSLContext dsl;
    private final DeliveryResultRepository repository;

    public DeliveryResults(DSLContext dsl, DeliveryResultRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<DeliveryResult> all() {
        return repository.all(dsl);
    }
}
