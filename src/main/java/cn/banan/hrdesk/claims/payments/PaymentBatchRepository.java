package cn.banan.hrdesk.claims.payments;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM;
import static cn.banan.hrdesk.store.generated.Tables.PAYMENT_BATCH;
import static cn.banan.hrdesk.store.generated.Tables.PAYMENT_BATCH_LINE;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.BankAccount;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.PaymentBatchLineRecord;
import cn.banan.hrdesk.store.generated.tables.records.PaymentBatchRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** 代发清单 and their lines in SQL. */
public final class PaymentBatchRepository {
    private final RowStamp stamp;

    public PaymentBatchRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public String insert(DSLContext dsl, String batchNo, FundingSource source, LocalDate madeOn, String madeBy, String purpose) {
        PaymentBatchRecord r = stamp.stampNew(dsl.newRecord(PAYMENT_BATCH));
        r.setBatchNo(batchNo);
        r.setFundingSource(source.name());
        r.setMadeOn(madeOn);
        r.setMadeBy(madeBy);
        r.setPurpose(purpose);
        r.store();
        return r.getId();
    }

    public void addLine(DSLContext dsl, String batchId, long seq, String claimId, FundingSource source, Money amount, BankAccount to) {
        PaymentBatchLineRecord r = stamp.stampNew(dsl.newRecord(PAYMENT_BATCH_LINE));
        r.setBatchId(batchId);
        r.setSeq(seq);
        r.setClaimId(claimId);
        r.setFundingSource(source.name());
        r.setAmountFen(amount.fen());
        r.setAccountName(to.accountName());
        r.setBankName(to.bankName());
        r.setAccountNo(to.accountNo());
        r.store();
    }

    public int countWithPrefix(DSLContext dsl, String prefix) {
        return dsl.fetchCount(PAYMENT_BATCH, PAYMENT_BATCH.BATCH_NO.startsWith(prefix));
    }

    /** Whether the claim's share of the source is in a line that waits for the bank or was paid. */
    public boolean sentOrPaid(DSLContext dsl, String claimId, FundingSource source) {
        return dsl.fetchExists(PAYMENT_BATCH_LINE, PAYMENT_BATCH_LINE.CLAIM_ID.eq(claimId).and(PAYMENT_BATCH_LINE.FUNDING_SOURCE.eq(source.name()))
                .and(PAYMENT_BATCH_LINE.DELETED.isFalse()).and(PAYMENT_BATCH_LINE.RESULT.isNull().or(PAYMENT_BATCH_LINE.RESULT.eq("PAID"))));
    }

    /** Records the bank's answer once; false when the line was answered already (it stays as it was). */
    public boolean answer(DSLContext dsl, String lineId, LineResult result, LocalDate on, String reason, String by) {
        PaymentBatchLineRecord r = dsl.fetchSingle(PAYMENT_BATCH_LINE, PAYMENT_BATCH_LINE.ID.eq(lineId));
        if (r.getResult() != null) {
            return false;
        }
        r.setResult(result.name());
        r.setResultOn(on);
        r.setReturnReason(reason);
        r.setRecordedBy(by);
        stamp.stampChange(r).store();
        return true;
    }

    /** Batches of the sources given, newest first, with their counts and totals. */
    public List<PaymentBatch> batches(DSLContext dsl, List<FundingSource> sources) {
        var l = PAYMENT_BATCH_LINE;
        return dsl.select(PAYMENT_BATCH.fields()).select(DSL.count(l.ID), DSL.sum(l.AMOUNT_FEN), DSL.count(l.ID).filterWhere(l.RESULT.isNull()))
                .from(PAYMENT_BATCH).leftJoin(l).on(l.BATCH_ID.eq(PAYMENT_BATCH.ID).and(l.DELETED.isFalse()))
                .where(PAYMENT_BATCH.FUNDING_SOURCE.in(sources.stream().map(Enum::name).toList())).and(PAYMENT_BATCH.DELETED.isFalse())
                .groupBy(PAYMENT_BATCH.ID).orderBy(PAYMENT_BATCH.MADE_ON.desc(), PAYMENT_BATCH.BATCH_NO.desc())
                .fetch(r -> {
                    PaymentBatchRecord b = r.into(PAYMENT_BATCH);
                    Number sum = (Number) r.get(r.size() - 2);
                    return new PaymentBatch(b.getId(), b.getBatchNo(), FundingSource.valueOf(b.getFundingSource()), b.getMadeOn(), b.getMadeBy(),
                            b.getPurpose(), (Integer) r.get(r.size() - 3), new Money(sum == null ? 0 : sum.longValue()), (Integer) r.get(r.size() - 1));
                });
    }

    public List<BatchLine> lines(DSLContext dsl, String batchId) {
        return read(dsl, PAYMENT_BATCH_LINE.BATCH_ID.eq(batchId));
    }

    public Optional<BatchLine> line(DSLContext dsl, String lineId) {
        return read(dsl, PAYMENT_BATCH_LINE.ID.eq(lineId)).stream().findFirst();
    }

    private List<BatchLine> read(DSLContext dsl, Condition which) {
        var l = PAYMENT_BATCH_LINE;
        return dsl.select(l.fields()).select(PAYMENT_BATCH.BATCH_NO, CLAIM.CLAIM_NO).from(l).join(PAYMENT_BATCH).on(PAYMENT_BATCH.ID.eq(l.BATCH_ID))
                .join(CLAIM).on(CLAIM.ID.eq(l.CLAIM_ID)).where(which).and(l.DELETED.isFalse()).orderBy(l.SEQ).fetch(PaymentBatchRepository::toLine);
    }

    private static BatchLine toLine(Record r) {
        PaymentBatchLineRecord l = r.into(PAYMENT_BATCH_LINE);
        return new BatchLine(l.getId(), l.getBatchId(), r.get(PAYMENT_BATCH.BATCH_NO), l.getSeq(), l.getClaimId(), r.get(CLAIM.CLAIM_NO),
                FundingSource.valueOf(l.getFundingSource()), new Money(l.getAmountFen()), l.getAccountName(), l.getBankName(), l.getAccountNo(),
                l.getResult() == null ? null : LineResult.valueOf(l.getResult()), l.getResultOn(), l.getReturnReason());
    }
}
