package cn.banan.hrdesk.enterprises;

import java.util.List;
import org.jooq.DSLContext;

/** 稳岗监测: which enterprises lose people fastest, and the flow of people month by month. Read only. */
public final class Retention {
    private final DSLContext dsl;
    private final RetentionRepository repository;

    public Retention(DSLContext dsl, RetentionRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<TurnoverRow> above(int percent) {
        return repository.above(dsl, percent);
    }

    public List<MonthFlow> flows() {
        return repository.flows(dsl);
    }
}
