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
                .and(PAYMENT_BATCH_LINE.DELETED.isFalse()).and(PAYMENT_BATCH_LINE.RESULT.isNull().or(PAYMENT_BATCH_LINE.RESULT.eq("PAID")))
                .and(PAYMENT_BATCH_LINE.REFUNDED_ON.isNull()));
    }

    /** Claims whose share of the source the bank credited and sent back (退汇), and that no later list has paid yet. */
    public java.util.Set<String> refundedNotRepaid(DSLContext dsl, FundingSource source) {
        var l = PAYMENT_BATCH_LINE;
        var m = PAYMENT_BATCH_LINE.as("m");
        return new java.util.HashSet<>(dsl.selectDistinct(l.CLAIM_ID).from(l).where(l.FUNDING_SOURCE.eq(source.name()), l.DELETED.isFalse(),
                l.REFUNDED_ON.isNotNull()).andNotExists(DSL.selectOne().from(m).where(m.CLAIM_ID.eq(l.CLAIM_ID), m.FUNDING_SOURCE.eq(l.FUNDING_SOURCE),
                m.DELETED.isFalse(), m.RESULT.eq("PAID"), m.REFUNDED_ON.isNull())).fetch(l.CLAIM_ID));
    }

    /** Records a 退汇 on a line the bank credited; false when it is not such a line or was refunded already. */
    public boolean refund(DSLContext dsl, String lineId, LocalDate on, String reason, String by) {
        PaymentBatchLineRecord r = dsl.fetchSingle(PAYMENT_BATCH_LINE, PAYMENT_BATCH_LINE.ID.eq(lineId));
        if (!"PAID".equals(r.getResult()) || r.getRefundedOn() != null) {
            return false;
        }
        r.setRefundedOn(on);
        r.setRefundReason(reason);
        r.setRefundedBy(by);
        stamp.stampChange(r).store();
        return true;
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
                l.getResult() == null ? null : LineResult.valueOf(l.getResult()), l.getResultOn(), l.getReturnReason(), l.getRefundedOn(),
                l.getRefundReason());
    }
}
