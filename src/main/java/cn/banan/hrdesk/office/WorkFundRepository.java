package cn.banan.hrdesk.office;

import static cn.banan.hrdesk.store.generated.Tables.ANNOTATION;
import static cn.banan.hrdesk.store.generated.Tables.DISBURSEMENT_REQUEST;
import static cn.banan.hrdesk.store.generated.Tables.WORK_FUND_EXPENDITURE;

import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.registers.FieldKind;
import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.AnnotationRecord;
import cn.banan.hrdesk.store.generated.tables.records.DisbursementRequestRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Disbursement requests, which expenditures they cover, and annotations, in SQL. */
public final class WorkFundRepository {
    static final RegisterSpec EXPENDITURES = new RegisterSpec("expenditures", WORK_FUND_EXPENDITURE, "office.expenditures.title",
            "office.workFund.file", Action.EDIT_OFFICE, List.of(
                    RegisterField.choice(WORK_FUND_EXPENDITURE.CATEGORY, "office.expenditure.category", 10, List.of(ExpenseCategory.values())),
                    RegisterField.of(WORK_FUND_EXPENDITURE.SPENT_ON, FieldKind.DATE, "office.expenditure.date", 10, true),
                    RegisterField.of(WORK_FUND_EXPENDITURE.PURPOSE, FieldKind.TEXT, "office.expenditure.purpose", 24, true),
                    RegisterField.of(WORK_FUND_EXPENDITURE.AMOUNT_FEN, FieldKind.MONEY, "office.expenditure.amount", 12, true),
                    RegisterField.of(WORK_FUND_EXPENDITURE.VOUCHER_NO, FieldKind.TEXT, "office.expenditure.voucher", 12, true)),
            WORK_FUND_EXPENDITURE.SPENT_ON, List.of(new RegisterSpec.Derived("covered", "office.expenditure.covered", org.jooq.impl.DSL.selectCount()
                    .from(DISBURSEMENT_REQUEST).where(DISBURSEMENT_REQUEST.ID.eq(WORK_FUND_EXPENDITURE.REQUEST_ID)).asField(), true)),
            new RegisterSpec.Lock(WORK_FUND_EXPENDITURE.REQUEST_ID, "registers.problem.locked.expenditures"));

    private final RowStamp stamp;

    public WorkFundRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    /** The expenditures among {@code ids} that no request covers yet, and their sum. */
    public Money uncoveredSum(DSLContext dsl, List<String> ids) {
        Long sum = dsl.select(org.jooq.impl.DSL.sum(WORK_FUND_EXPENDITURE.AMOUNT_FEN)).from(WORK_FUND_EXPENDITURE)
                .where(WORK_FUND_EXPENDITURE.ID.in(ids)).and(WORK_FUND_EXPENDITURE.REQUEST_ID.isNull())
                .and(WORK_FUND_EXPENDITURE.DELETED.isFalse()).fetchOne(0, Long.class);
        return new Money(sum == null ? 0 : sum);
    }

    public int uncoveredCount(DSLContext dsl, List<String> ids) {
        return dsl.fetchCount(WORK_FUND_EXPENDITURE, WORK_FUND_EXPENDITURE.ID.in(ids).and(WORK_FUND_EXPENDITURE.REQUEST_ID.isNull())
                .and(WORK_FUND_EXPENDITURE.DELETED.isFalse()));
    }

    public int countWithPrefix(DSLContext dsl, String prefix) {
        return dsl.fetchCount(DISBURSEMENT_REQUEST, DISBURSEMENT_REQUEST.REQUEST_NO.startsWith(prefix));
    }

    public String insertRequest(DSLContext dsl, String no, LocalDate on, String by, Money amount, List<String> expenditureIds) {
        DisbursementRequestRecord r = stamp.stampNew(dsl.newRecord(DISBURSEMENT_REQUEST));
        r.setRequestNo(no);
        r.setRequestedOn(on);
        r.setRequestedBy(by);
        r.setAmountFen(amount.fen());
        r.setStatus(RequestState.REQUESTED.name());
        r.store();
        dsl.update(WORK_FUND_EXPENDITURE).set(WORK_FUND_EXPENDITURE.REQUEST_ID, r.getId()).set(WORK_FUND_EXPENDITURE.VERSION, stamp.nextVersion())
                .set(WORK_FUND_EXPENDITURE.UPDATED_AT, stamp.now()).where(WORK_FUND_EXPENDITURE.ID.in(expenditureIds)).execute();
        return r.getId();
    }

    public Optional<Disbursement> find(DSLContext dsl, String id) {
        return dsl.fetchOptional(DISBURSEMENT_REQUEST, DISBURSEMENT_REQUEST.ID.eq(id)).map(WorkFundRepository::toDisbursement);
    }

    public List<Disbursement> all(DSLContext dsl) {
        return dsl.selectFrom(DISBURSEMENT_REQUEST).where(DISBURSEMENT_REQUEST.DELETED.isFalse()).orderBy(DISBURSEMENT_REQUEST.REQUEST_NO.desc())
                .fetch(WorkFundRepository::toDisbursement);
    }

    public void approve(DSLContext dsl, String id, String by, LocalDate on) {
        dsl.update(DISBURSEMENT_REQUEST).set(DISBURSEMENT_REQUEST.STATUS, RequestState.APPROVED.name()).set(DISBURSEMENT_REQUEST.APPROVED_BY, by)
                .set(DISBURSEMENT_REQUEST.APPROVED_ON, on).set(DISBURSEMENT_REQUEST.VERSION, stamp.nextVersion())
                .set(DISBURSEMENT_REQUEST.UPDATED_AT, stamp.now()).where(DISBURSEMENT_REQUEST.ID.eq(id)).execute();
    }

    public void disburse(DSLContext dsl, String id, String by, LocalDate on, String overrideReason) {
        dsl.update(DISBURSEMENT_REQUEST).set(DISBURSEMENT_REQUEST.STATUS, RequestState.DISBURSED.name()).set(DISBURSEMENT_REQUEST.DISBURSED_BY, by)
                .set(DISBURSEMENT_REQUEST.DISBURSED_ON, on).set(DISBURSEMENT_REQUEST.OVERRIDE_REASON, overrideReason)
                .set(DISBURSEMENT_REQUEST.VERSION, stamp.nextVersion()).set(DISBURSEMENT_REQUEST.UPDATED_AT, stamp.now())
                .where(DISBURSEMENT_REQUEST.ID.eq(id)).execute();
    }

    public void annotate(DSLContext dsl, String table, String targetId, Actor by, String body) {
        AnnotationRecord r = stamp.stampNew(dsl.newRecord(ANNOTATION));
        r.setTargetTable(table);
        r.setTargetId(targetId);
        r.setAuthor(by.name());
        r.setRole(by.role() == null ? "" : by.role().name());
        r.setWrittenAt(stamp.now());
        r.setBody(body);
        r.store();
    }

    public List<Annotation> annotations(DSLContext dsl, String targetId) {
        return dsl.selectFrom(ANNOTATION).where(ANNOTATION.TARGET_ID.eq(targetId)).orderBy(ANNOTATION.WRITTEN_AT)
                .fetch(r -> new Annotation(r.getAuthor(), r.getRole(), Instant.parse(r.getWrittenAt()), r.getBody()));
    }

    private static Disbursement toDisbursement(DisbursementRequestRecord r) {
        return new Disbursement(r.getId(), r.getRequestNo(), r.getRequestedOn(), r.getRequestedBy(), new Money(r.getAmountFen()),
                RequestState.valueOf(r.getStatus()), r.getApprovedBy(), r.getDisbursedBy(),
                r.getDisbursedOn(), r.getOverrideReason());
    }
}
