package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Page;
import static cn.banan.hrdesk.store.generated.Tables.INTERMEDIARY;
import static cn.banan.hrdesk.store.generated.Tables.WORKER;

import cn.banan.hrdesk.store.Like;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.IntermediaryRecord;
import cn.banan.hrdesk.store.generated.tables.records.WorkerRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Intermediaries and workers: the parties a placement names besides the enterprise. */
public final class PartyRepository {
    private final RowStamp stamp;

    public PartyRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public String save(DSLContext dsl, Intermediary i) {
        IntermediaryRecord r = i.id() == null ? stamp.stampNew(dsl.newRecord(INTERMEDIARY))
                : stamp.stampChange(dsl.fetchSingle(INTERMEDIARY, INTERMEDIARY.ID.eq(i.id())));
        r.setKind(i.kind().name());
        r.setName(i.name());
        r.setCreditCode(i.kind().isPerson() ? null : i.identifier());
        r.setResidentId(i.kind().isPerson() ? i.identifier() : null);
        r.setPhone(i.phone());
        r.setAccountName(i.accountName());
        r.setBankName(i.bankName());
        r.setAccountNo(i.accountNo());
        r.store();
        return r.getId();
    }

    public Optional<Intermediary> intermediaryByIdentifier(DSLContext dsl, String identifier) {
        return dsl.fetchOptional(INTERMEDIARY, INTERMEDIARY.DELETED.isFalse()
                .and(INTERMEDIARY.SYNC_HELD.eq(0L)).and(INTERMEDIARY.CREDIT_CODE.eq(identifier).or(INTERMEDIARY.RESIDENT_ID.eq(identifier)))).map(this::toIntermediary);
    }

    public Page<Intermediary> intermediaries(DSLContext dsl, String text, int offset, int limit) {
        Condition c = INTERMEDIARY.DELETED.isFalse().and(matches(text, INTERMEDIARY.NAME, INTERMEDIARY.CREDIT_CODE, INTERMEDIARY.RESIDENT_ID));
        List<Intermediary> rows = dsl.selectFrom(INTERMEDIARY).where(c).orderBy(INTERMEDIARY.NAME, INTERMEDIARY.ID)
                .limit(limit).offset(offset).fetch(this::toIntermediary);
        return new Page<>(rows, offset, dsl.fetchCount(INTERMEDIARY, c));
    }

    public String save(DSLContext dsl, Worker w) {
        WorkerRecord r = w.id() == null ? stamp.stampNew(dsl.newRecord(WORKER))
                : stamp.stampChange(dsl.fetchSingle(WORKER, WORKER.ID.eq(w.id())));
        fill(r, w);
        r.store();
        return r.getId();
    }

    /** The one place a worker's fields meet the table's columns (a roster's first-time workers go in by batch). */
    public static WorkerRecord fill(WorkerRecord r, Worker w) {
        r.setResidentId(w.residentId());
        r.setName(w.name());
        r.setPhone(w.phone());
        r.setTargetGroup(w.group().name());
        return r;
    }

    public Optional<Worker> worker(DSLContext dsl, String id) {
        return dsl.fetchOptional(WORKER, WORKER.ID.eq(id)).map(this::toWorker);
    }

    public Optional<Intermediary> intermediary(DSLContext dsl, String id) {
        return dsl.fetchOptional(INTERMEDIARY, INTERMEDIARY.ID.eq(id)).map(this::toIntermediary);
    }

    public Optional<Worker> workerByResidentId(DSLContext dsl, String residentId) {
        return dsl.fetchOptional(WORKER, WORKER.DELETED.isFalse().and(WORKER.SYNC_HELD.eq(0L)).and(WORKER.RESIDENT_ID.eq(residentId))).map(this::toWorker);
    }

    public Page<Worker> workers(DSLContext dsl, String text, int offset, int limit) {
        Condition c = WORKER.DELETED.isFalse().and(matches(text, WORKER.NAME, WORKER.RESIDENT_ID, WORKER.PHONE));
        List<Worker> rows = dsl.selectFrom(WORKER).where(c).orderBy(WORKER.NAME, WORKER.ID).limit(limit).offset(offset).fetch(this::toWorker);
        return new Page<>(rows, offset, dsl.fetchCount(WORKER, c));
    }

    @SafeVarargs
    private static Condition matches(String text, Field<String>... fields) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return org.jooq.impl.DSL.noCondition();
        }
        Condition any = org.jooq.impl.DSL.falseCondition();
        for (Field<String> f : fields) {
            any = any.or(f.like(Like.contains(t), Like.ESCAPE));
        }
        return any;
    }

    private Intermediary toIntermediary(IntermediaryRecord r) {
        IntermediaryKind kind = IntermediaryKind.valueOf(r.getKind());
        return new Intermediary(r.getId(), kind, r.getName(), kind.isPerson() ? r.getResidentId() : r.getCreditCode(),
                r.getPhone(), r.getAccountName(), r.getBankName(), r.getAccountNo());
    }

    private Worker toWorker(WorkerRecord r) {
        return new Worker(r.getId(), r.getResidentId(), r.getName(), r.getPhone(), TargetGroup.valueOf(r.getTargetGroup()));
    }
}
