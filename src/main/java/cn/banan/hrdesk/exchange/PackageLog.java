package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.store.generated.Tables.EXCHANGE_PACKAGE;

import cn.banan.hrdesk.core.Site;
import java.util.List;
import org.jooq.DSLContext;

/** The packages written and taken in, newest first; an id recorded here as taken in is never applied again. */
final class PackageLog {
    void record(DSLContext dsl, PackageLogEntry e) {
        dsl.insertInto(EXCHANGE_PACKAGE).set(EXCHANGE_PACKAGE.ID, e.id()).set(EXCHANGE_PACKAGE.DIRECTION, e.direction().name())
                .set(EXCHANGE_PACKAGE.PEER, e.peer().name()).set(EXCHANGE_PACKAGE.SEQ, e.seq()).set(EXCHANGE_PACKAGE.CREATED_AT, e.createdAt())
                .set(EXCHANGE_PACKAGE.DONE_AT, e.doneAt()).set(EXCHANGE_PACKAGE.ROWS, e.rows()).set(EXCHANGE_PACKAGE.UP_TO, e.upTo()).set(EXCHANGE_PACKAGE.CONFLICTS, e.conflicts())
                .set(EXCHANGE_PACKAGE.FILE_NAME, e.fileName()).set(EXCHANGE_PACKAGE.USER_NAME, e.userName()).execute();
    }

    boolean applied(DSLContext dsl, String id) {
        return dsl.fetchExists(EXCHANGE_PACKAGE, EXCHANGE_PACKAGE.ID.eq(id).and(EXCHANGE_PACKAGE.DIRECTION.eq("IN")));
    }

    List<PackageLogEntry> all(DSLContext dsl, int limit) {
        return dsl.selectFrom(EXCHANGE_PACKAGE).orderBy(EXCHANGE_PACKAGE.DONE_AT.desc(), EXCHANGE_PACKAGE.ID).limit(limit)
                .fetch(r -> new PackageLogEntry(r.getId(), PackageLogEntry.Direction.valueOf(r.getDirection()), Site.valueOf(r.getPeer()),
                        r.getSeq(), r.getCreatedAt(), r.getDoneAt(), r.getRows(), r.getUpTo(), r.getConflicts(), r.getFileName(), r.getUserName()));
    }

    /** The number of the last package to {@code peer} that it has acknowledged whole (0: none yet). */
    long acknowledgedSeq(DSLContext dsl, Site peer, long acknowledgedChange) {
        Long seq = dsl.select(org.jooq.impl.DSL.max(EXCHANGE_PACKAGE.SEQ)).from(EXCHANGE_PACKAGE)
                .where(EXCHANGE_PACKAGE.PEER.eq(peer.name()), EXCHANGE_PACKAGE.DIRECTION.eq("OUT"), EXCHANGE_PACKAGE.UP_TO.le(acknowledgedChange))
                .fetchOne(0, Long.class);
        return seq == null ? 0 : seq;
    }
}
