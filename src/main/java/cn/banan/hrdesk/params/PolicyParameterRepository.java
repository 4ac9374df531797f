package cn.banan.hrdesk.params;

import static cn.banan.hrdesk.store.generated.Tables.POLICY_PARAMETER;

import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.PolicyParameterRecord;
import java.util.List;
import org.jooq.DSLContext;

/** The stored versions of the policy figures. Versions are only ever added, never changed. */
public final class PolicyParameterRepository {
    private final RowStamp stamp;

    public PolicyParameterRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public static List<PolicyParameters> all(DSLContext dsl) {
        return dsl.selectFrom(POLICY_PARAMETER).where(POLICY_PARAMETER.DELETED.isFalse()).orderBy(POLICY_PARAMETER.POLICY_VERSION)
                .fetch(PolicyParameterRepository::toParameters);
    }

    public void insert(DSLContext dsl, PolicyParameters p, String note) {
        PolicyParameterRecord r = dsl.newRecord(POLICY_PARAMETER);
        r.setPolicyVersion(p.version());
        r.setEffectiveFrom(p.effectiveFrom());
        r.setDocumentNo(p.documentNo());
        r.setR1BasicFen(p.r1BasicFen());
        r.setR1EmergencyFen(p.r1EmergencyFen());
        r.setR1MinDays(p.r1MinDays());
        r.setR2MonthlyFen(p.r2MonthlyFen());
        r.setR2CapMonths(p.r2CapMonths());
        r.setR3AmountFen(p.r3AmountFen());
        r.setR3NewHireMonths(p.r3NewHireMonths());
        r.setR3RetentionMonths(p.r3RetentionMonths());
        r.setR3InsuredMonths(p.r3InsuredMonths());
        r.setNote(note);
        stamp.stampNew(r).store();
    }

    static PolicyParameters toParameters(PolicyParameterRecord r) {
        return new PolicyParameters(r.getPolicyVersion(), r.getEffectiveFrom(), r.getDocumentNo(), r.getR1BasicFen(),
                r.getR1EmergencyFen(), r.getR1MinDays(), r.getR2MonthlyFen(), r.getR2CapMonths(), r.getR3AmountFen(),
                r.getR3NewHireMonths(), r.getR3RetentionMonths(), r.getR3InsuredMonths());
    }
}
