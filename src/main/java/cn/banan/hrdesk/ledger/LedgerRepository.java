package cn.banan.hrdesk.ledger;

import static cn.banan.hrdesk.store.generated.Tables.CHAIN_WITNESS;
import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.LEDGER_BALANCE;
import static cn.banan.hrdesk.store.generated.Tables.LEDGER_ENTRY;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.Page;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.LedgerEntryRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Ledger entries and the balances kept beside them, in SQL. Entries are only ever inserted. */
public final class LedgerRepository {
    private final RowStamp stamp;

    public LedgerRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    /** The place and hash the next entry chains to. */
    public record Tip(long seq, String hash) {
    }

    /** The end of this site's own chain: entries taken in from other sites are in chains of their own. */
    public Tip tip(DSLContext dsl) {
        return dsl.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY).where(LEDGER_ENTRY.ORIGIN_SITE.eq(stamp.site().name()))
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1)
                .fetchOptional(r -> new Tip(r.value1(), r.value2())).orElse(new Tip(0, EntryHash.GENESIS));
    }

    /** Gives the entry its id, place and hash, stores it and adds it to its account's balance. */
    public LedgerEntry append(DSLContext dsl, NewEntry n) {
        Tip tip = tip(dsl);
        LedgerEntryRecord r = stamp.stampNew(dsl.newRecord(LEDGER_ENTRY));
        LedgerEntry unhashed = new LedgerEntry(r.getId(), tip.seq() + 1, n.account(), n.kind(), n.amount(), n.claimId(), n.eventId(),
                n.reverses(), n.entryDate(), n.voucherNo(), n.payee(), n.payeeAccount(), n.memo() == null ? "" : n.memo(), n.userName(),
                r.getUpdatedAt(), tip.hash(), null);
        LedgerEntry e = withHash(unhashed, EntryHash.of(unhashed));
        r.setSeq(e.seq());
        r.setAccount(e.account().name());
        r.setKind(e.kind().name());
        r.setAmountFen(e.amount().fen());
        r.setClaimId(e.claimId());
        r.setEventId(e.eventId());
        r.setReverses(e.reverses());
        r.setEntryDate(e.entryDate());
        r.setVoucherNo(e.voucherNo());
        r.setPayee(e.payee());
        r.setPayeeAccount(e.payeeAccount());
        r.setMemo(e.memo());
        r.setUserName(e.userName());
        r.setRecordedAt(e.recordedAt());
        r.setPrevHash(e.prevHash());
        r.setHash(e.hash());
        r.store();
        store(dsl, balance(dsl, e.account()).plus(e));
        return e;
    }

    private static LedgerEntry withHash(LedgerEntry e, String hash) {
        return new LedgerEntry(e.id(), e.seq(), e.account(), e.kind(), e.amount(), e.claimId(), e.eventId(), e.reverses(), e.entryDate(),
                e.voucherNo(), e.payee(), e.payeeAccount(), e.memo(), e.userName(), e.recordedAt(), e.prevHash(), hash);
    }

    public Optional<LedgerEntry> find(DSLContext dsl, String id) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.ID.eq(id)).fetchOptional(LedgerRepository::toEntry);
    }

    public boolean reversed(DSLContext dsl, String id) {
        return dsl.fetchExists(LEDGER_ENTRY, LEDGER_ENTRY.REVERSES.eq(id));
    }

    /** Every entry, chain by chain (the site that made it) and in chain order, one at a time (the ledger may be long). */
    public void eachByChain(DSLContext dsl, java.util.function.BiConsumer<Site, LedgerEntry> sink) {
        try (var cursor = dsl.selectFrom(LEDGER_ENTRY).orderBy(LEDGER_ENTRY.ORIGIN_SITE, LEDGER_ENTRY.SEQ).fetchLazy()) {
            cursor.forEach(r -> sink.accept(Site.valueOf(r.getOriginSite()), toEntry(r)));
        }
    }

    /** The last entry of each site's chain: what a package carries as witness. */
    public Map<Site, Tip> heads(DSLContext dsl) {
        Map<Site, Tip> heads = new EnumMap<>(Site.class);
        var last = LEDGER_ENTRY.as("last");
        dsl.select(LEDGER_ENTRY.ORIGIN_SITE, LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.SEQ.eq(DSL.select(DSL.max(last.SEQ)).from(last).where(last.ORIGIN_SITE.eq(LEDGER_ENTRY.ORIGIN_SITE))))
                .forEach(r -> heads.put(Site.valueOf(r.value1()), new Tip(r.value2(), r.value3())));
        return heads;
    }

    /** A chain's head as a peer held it, kept as a witness (the first word on a place stands). */
    public void witness(DSLContext dsl, Site chain, long seq, String hash, Site toldBy, String at) {
        dsl.insertInto(CHAIN_WITNESS).set(CHAIN_WITNESS.SITE, chain.name()).set(CHAIN_WITNESS.SEQ, seq).set(CHAIN_WITNESS.HASH, hash)
                .set(CHAIN_WITNESS.TOLD_BY, toldBy.name()).set(CHAIN_WITNESS.TOLD_AT, at).onConflictDoNothing().execute();
    }

    /** A witnessed place of a site's chain. */
    public record Witness(Site chain, long seq, String hash) {
    }

    /** The first witness whose entry this database lacks or holds with another hash: what a rewrite of the file left. */
    public Optional<Witness> firstBrokenWitness(DSLContext dsl) {
        var w = CHAIN_WITNESS;
        var e = LEDGER_ENTRY;
        return dsl.select(w.SITE, w.SEQ, w.HASH).from(w).leftJoin(e).on(e.ORIGIN_SITE.eq(w.SITE).and(e.SEQ.eq(w.SEQ)))
                .where(e.HASH.isNull().or(e.HASH.ne(w.HASH))).orderBy(w.SITE, w.SEQ).limit(1)
                .fetchOptional(r -> new Witness(Site.valueOf(r.value1()), r.value2(), r.value3()));
    }

    /** A commitment or payment entry (not a reversal's own) and the step of the claim it was booked for. */
    public record Unmatched(Site chain, long seq, String entryId, String account, String claimNo, String step) {
    }

    /**
     * The first 拨付审批 or 发放 passed on a claim with no entry booked for it, or entry booked for a step that is not
     * there (its event gone, or of another step or claim): each payment step and its money must answer for each other.
     */
    public Optional<Unmatched> firstUnmatchedStep(DSLContext dsl) {
        var r = dsl.fetchOptional("SELECT NULL, NULL, NULL, NULL, c.claim_no, e.step FROM claim_event e JOIN claim c ON c.id = e.claim_id"
                + " WHERE e.decision = 'PASS' AND e.step IN ('FUNDING', 'PAYMENT') AND NOT EXISTS (SELECT 1 FROM ledger_entry l"
                + " WHERE l.event_id = e.id AND l.reverses IS NULL AND l.claim_id = e.claim_id"
                + " AND l.kind = CASE e.step WHEN 'FUNDING' THEN 'COMMITMENT' ELSE 'PAYMENT' END) ORDER BY c.claim_no, e.version LIMIT 1");
        if (r.isEmpty()) {
            r = dsl.fetchOptional("SELECT l.origin_site, l.seq, l.id, l.account, NULL, NULL FROM ledger_entry l WHERE l.kind IN ('COMMITMENT', 'PAYMENT')"
                    + " AND NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.id = l.event_id AND e.claim_id = l.claim_id AND e.decision = 'PASS'"
                    + " AND e.step = CASE l.kind WHEN 'COMMITMENT' THEN 'FUNDING' ELSE 'PAYMENT' END) ORDER BY l.origin_site, l.seq LIMIT 1");
        }
        return r.map(x -> new Unmatched(x.get(0) == null ? null : Site.valueOf(x.get(0, String.class)), x.get(1) == null ? 0 : x.get(1, Long.class),
                x.get(2, String.class), x.get(3, String.class), x.get(4, String.class), x.get(5, String.class)));
    }

    /** The balances made again from the entries, after entries of other sites were taken in. */
    public void rebuildBalances(DSLContext dsl) {
        for (Balance b : sums(dsl, null, null).values()) {
            store(dsl, b);
        }
    }

    /** Every entry in chain order with its claim number, one at a time (the export). */
    public void eachRow(DSLContext dsl, Consumer<LedgerRow> sink) {
        try (var cursor = dsl.select(LEDGER_ENTRY.fields()).select(CLAIM.CLAIM_NO).from(LEDGER_ENTRY).leftJoin(CLAIM)
                .on(CLAIM.ID.eq(LEDGER_ENTRY.CLAIM_ID)).orderBy(LEDGER_ENTRY.RECORDED_AT, LEDGER_ENTRY.ORIGIN_SITE, LEDGER_ENTRY.SEQ).fetchLazy()) {
            cursor.forEach(r -> sink.accept(new LedgerRow(toEntry(r.into(LEDGER_ENTRY)), r.get(CLAIM.CLAIM_NO))));
        }
    }

    public List<LedgerEntry> ofClaim(DSLContext dsl, String claimId) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.CLAIM_ID.eq(claimId)).orderBy(LEDGER_ENTRY.RECORDED_AT, LEDGER_ENTRY.ORIGIN_SITE, LEDGER_ENTRY.SEQ).fetch(LedgerRepository::toEntry);
    }

    /** A page of entries, newest first, with the claim number beside each. */
    public Page<LedgerRow> page(DSLContext dsl, LedgerFilter f, int offset, int limit) {
        Condition where = DSL.trueCondition();
        if (f.account() != null) {
            where = where.and(LEDGER_ENTRY.ACCOUNT.eq(f.account().name()));
        }
        if (f.kind() != null) {
            where = where.and(LEDGER_ENTRY.KIND.eq(f.kind().name()));
        }
        if (f.from() != null) {
            where = where.and(LEDGER_ENTRY.ENTRY_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            where = where.and(LEDGER_ENTRY.ENTRY_DATE.le(f.to()));
        }
        int total = dsl.fetchCount(LEDGER_ENTRY, where);
        List<LedgerRow> rows = new ArrayList<>();
        dsl.select(LEDGER_ENTRY.fields()).select(CLAIM.CLAIM_NO).from(LEDGER_ENTRY).leftJoin(CLAIM).on(CLAIM.ID.eq(LEDGER_ENTRY.CLAIM_ID))
                .where(where).orderBy(LEDGER_ENTRY.RECORDED_AT.desc(), LEDGER_ENTRY.ORIGIN_SITE.desc(), LEDGER_ENTRY.SEQ.desc()).offset(offset).limit(limit)
                .forEach(r -> rows.add(new LedgerRow(toEntry(r.into(LEDGER_ENTRY)), r.get(CLAIM.CLAIM_NO))));
        return new Page<>(rows, offset, total);
    }

    public Balance balance(DSLContext dsl, Account a) {
        return dsl.selectFrom(LEDGER_BALANCE).where(LEDGER_BALANCE.ACCOUNT.eq(a.name())).fetchOptional(r -> new Balance(a,
                new Money(r.getCommittedFen()), new Money(r.getPaidFen()), new Money(r.getAllocatedFen()), new Money(r.getSpentFen()),
                r.getEntries())).orElse(Balance.empty(a));
    }

    /** The balances as kept beside the entries (what `ledger verify` checks against the entries). */
    public Map<Account, Balance> balances(DSLContext dsl) {
        Map<Account, Balance> by = new EnumMap<>(Account.class);
        for (Account a : Account.values()) {
            by.put(a, balance(dsl, a));
        }
        return by;
    }

    /** Sums of the entries dated within {@code from..to} (null: open), per account: a period's balances, derived. */
    public Map<Account, Balance> sums(DSLContext dsl, java.time.LocalDate from, java.time.LocalDate to) {
        Condition where = DSL.trueCondition();
        if (from != null) {
            where = where.and(LEDGER_ENTRY.ENTRY_DATE.ge(from));
        }
        if (to != null) {
            where = where.and(LEDGER_ENTRY.ENTRY_DATE.le(to));
        }
        Map<Account, Balance> by = new EnumMap<>(Account.class);
        var amount = DSL.sum(LEDGER_ENTRY.AMOUNT_FEN);
        var count = DSL.count();
        dsl.select(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.KIND, amount, count).from(LEDGER_ENTRY).where(where)
                .groupBy(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.KIND).forEach(r -> {
                    Account a = Account.valueOf(r.value1());
                    Money m = new Money(r.value3().longValue());
                    Balance b = by.getOrDefault(a, Balance.empty(a));
                    Balance add = switch (EntryKind.valueOf(r.value2())) {
                        case COMMITMENT -> new Balance(a, m, Money.ZERO, Money.ZERO, Money.ZERO, r.value4());
                        case PAYMENT -> new Balance(a, Money.ZERO, m, Money.ZERO, Money.ZERO, r.value4());
                        case ALLOCATION -> new Balance(a, Money.ZERO, Money.ZERO, m, Money.ZERO, r.value4());
                        case EXPENDITURE -> new Balance(a, Money.ZERO, Money.ZERO, Money.ZERO, m, r.value4());
                    };
                    by.put(a, new Balance(a, b.committed().plus(add.committed()), b.paid().plus(add.paid()), b.allocated().plus(add.allocated()),
                            b.spent().plus(add.spent()), b.entries() + add.entries()));
                });
        return by;
    }

    private static void store(DSLContext dsl, Balance b) {
        dsl.insertInto(LEDGER_BALANCE).set(LEDGER_BALANCE.ACCOUNT, b.account().name()).set(LEDGER_BALANCE.COMMITTED_FEN, b.committed().fen())
                .set(LEDGER_BALANCE.PAID_FEN, b.paid().fen()).set(LEDGER_BALANCE.ALLOCATED_FEN, b.allocated().fen())
                .set(LEDGER_BALANCE.SPENT_FEN, b.spent().fen()).set(LEDGER_BALANCE.ENTRIES, b.entries())
                .onConflict(LEDGER_BALANCE.ACCOUNT).doUpdate()
                .set(LEDGER_BALANCE.COMMITTED_FEN, b.committed().fen()).set(LEDGER_BALANCE.PAID_FEN, b.paid().fen())
                .set(LEDGER_BALANCE.ALLOCATED_FEN, b.allocated().fen()).set(LEDGER_BALANCE.SPENT_FEN, b.spent().fen())
                .set(LEDGER_BALANCE.ENTRIES, b.entries()).execute();
    }

    private static LedgerEntry toEntry(Record rec) {
        LedgerEntryRecord r = rec.into(LEDGER_ENTRY);
        return new LedgerEntry(r.getId(), r.getSeq(), Account.valueOf(r.getAccount()), EntryKind.valueOf(r.getKind()), new Money(r.getAmountFen()),
                r.getClaimId(), r.getEventId(), r.getReverses(), r.getEntryDate(), r.getVoucherNo(), r.getPayee(), r.getPayeeAccount(),
                r.getMemo(), r.getUserName(), r.getRecordedAt(), r.getPrevHash(), r.getHash());
    }
}
