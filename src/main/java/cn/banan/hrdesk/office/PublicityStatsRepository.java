package cn.banan.hrdesk.office;

import static cn.banan.hrdesk.store.generated.Tables.PUBLICITY;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** 招工宣传 summed by month and channel, for the chart and the report upward. */
public final class PublicityStatsRepository {
    public List<ChannelMonth> byMonthAndChannel(DSLContext dsl) {
        var month = DSL.substring(PUBLICITY.HELD_ON.cast(String.class), 1, 7);
        var reach = DSL.sum(PUBLICITY.REACH);
        var registered = DSL.sum(PUBLICITY.REGISTERED);
        return dsl.select(month, PUBLICITY.CHANNEL, reach, registered).from(PUBLICITY).where(PUBLICITY.DELETED.isFalse())
                .groupBy(month, PUBLICITY.CHANNEL).orderBy(month, PUBLICITY.CHANNEL)
                .fetch(r -> new ChannelMonth(r.value1(), PublicityChannel.valueOf(r.value2()), r.value3() == null ? 0 : r.value3().longValue(),
                        r.value4() == null ? 0 : r.value4().longValue()));
    }
}
