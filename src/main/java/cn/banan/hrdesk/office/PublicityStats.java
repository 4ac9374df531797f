package cn.banan.hrdesk.office;

import java.util.List;
import org.jooq.DSLContext;

/** 招工宣传 by channel and month. Read only. */
public final class PublicityStats {
    private final DSLContext dsl;
    private final PublicityStatsRepository repository;

    public PublicityStats(DSLContext dsl, PublicityStatsRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<ChannelMonth> byMonthAndChannel() {
        return repository.byMonthAndChannel(dsl);
    }
}
