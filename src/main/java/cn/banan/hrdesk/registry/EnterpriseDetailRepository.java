package cn.banan.hrdesk.registry;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_CONTACT;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_DEMAND;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_RECOGNITION;
import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_TIER;

import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseContactRecord;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseDemandRecord;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseRecognitionRecord;
import cn.banan.hrdesk.store.generated.tables.records.EnterpriseTierRecord;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** The histories hanging off an enterprise: tiers, recognitions, approved demand and contacts. */
public final class EnterpriseDetailRepository {
    private final RowStamp stamp;

    public EnterpriseDetailRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public List<TierPeriod> tiers(DSLContext dsl, String enterpriseId) {
        return dsl.selectFrom(ENTERPRISE_TIER).where(ENTERPRISE_TIER.ENTERPRISE_ID.eq(enterpriseId).and(ENTERPRISE_TIER.DELETED.isFalse()))
                .orderBy(ENTERPRISE_TIER.VALID_FROM).fetch(r -> new TierPeriod(r.getId(), Tier.valueOf(r.getTier()), r.getValidFrom(), r.getValidTo()));
    }

    /** The period in force on {@code day} for every enterprise that has one, by enterprise id. */
    public java.util.Map<String, TierPeriod> tiersOn(DSLContext dsl, LocalDate day) {
        return dsl.selectFrom(ENTERPRISE_TIER).where(ENTERPRISE_TIER.DELETED.isFalse().and(ENTERPRISE_TIER.VALID_FROM.le(day))
                        .and(ENTERPRISE_TIER.VALID_TO.isNull().or(ENTERPRISE_TIER.VALID_TO.ge(day))))
                .fetchMap(ENTERPRISE_TIER.ENTERPRISE_ID, r -> new TierPeriod(r.getId(), Tier.valueOf(r.getTier()), r.getValidFrom(), r.getValidTo()));
    }

    public void insertTier(DSLContext dsl, String enterpriseId, Tier tier, LocalDate from) {
        EnterpriseTierRecord r = dsl.newRecord(ENTERPRISE_TIER);
        r.setEnterpriseId(enterpriseId);
        r.setTier(tier.name());
        r.setValidFrom(from);
        stamp.stampNew(r).store();
    }

    public void closeTier(DSLContext dsl, String tierId, LocalDate lastDay) {
        EnterpriseTierRecord r = dsl.fetchSingle(ENTERPRISE_TIER, ENTERPRISE_TIER.ID.eq(tierId));
        r.setValidTo(lastDay);
        stamp.stampChange(r).store();
    }

    public List<Recognition> recognitions(DSLContext dsl, String enterpriseId) {
        return dsl.selectFrom(ENTERPRISE_RECOGNITION)
                .where(ENTERPRISE_RECOGNITION.ENTERPRISE_ID.eq(enterpriseId).and(ENTERPRISE_RECOGNITION.DELETED.isFalse()))
                .orderBy(ENTERPRISE_RECOGNITION.VALID_FROM)
                .fetch(r -> new Recognition(r.getId(), r.getDecidingUnits(), r.getDecisionDate(), r.getDocumentNo(), r.getValidFrom(), r.getValidTo()));
    }

    public String insertRecognition(DSLContext dsl, String enterpriseId, Recognition rec) {
        EnterpriseRecognitionRecord r = dsl.newRecord(ENTERPRISE_RECOGNITION);
        r.setEnterpriseId(enterpriseId);
        r.setDecidingUnits(rec.decidingUnits());
        r.setDecisionDate(rec.decisionDate());
        r.setDocumentNo(rec.documentNo());
        r.setValidFrom(rec.validFrom());
        r.setValidTo(rec.validTo());
        stamp.stampNew(r).store();
        return r.getId();
    }

    public List<LabourDemand> demands(DSLContext dsl, String enterpriseId) {
        return dsl.selectFrom(ENTERPRISE_DEMAND).where(ENTERPRISE_DEMAND.ENTERPRISE_ID.eq(enterpriseId).and(ENTERPRISE_DEMAND.DELETED.isFalse()))
                .orderBy(ENTERPRISE_DEMAND.YEAR).fetch(r -> new LabourDemand(r.getId(), r.getYear(), r.getApprovedCount()));
    }

    /** One figure per enterprise and year: a second entry for the year replaces the first. Returns the figure's row. */
    public String putDemand(DSLContext dsl, String enterpriseId, int year, int approved) {
        EnterpriseDemandRecord r = dsl.fetchOptional(ENTERPRISE_DEMAND, ENTERPRISE_DEMAND.ENTERPRISE_ID.eq(enterpriseId)
                .and(ENTERPRISE_DEMAND.YEAR.eq(year)).and(ENTERPRISE_DEMAND.DELETED.isFalse()).and(ENTERPRISE_DEMAND.SYNC_HELD.eq(0L))).orElse(null);
        if (r == null) {
            r = dsl.newRecord(ENTERPRISE_DEMAND);
            r.setEnterpriseId(enterpriseId);
            r.setYear(year);
            stamp.stampNew(r);
        } else {
            stamp.stampChange(r);
        }
        r.setApprovedCount(approved);
        r.store();
        return r.getId();
    }

    public List<Contact> contacts(DSLContext dsl, String enterpriseId) {
        return dsl.selectFrom(ENTERPRISE_CONTACT).where(ENTERPRISE_CONTACT.ENTERPRISE_ID.eq(enterpriseId).and(ENTERPRISE_CONTACT.DELETED.isFalse()))
                .orderBy(ENTERPRISE_CONTACT.NAME).fetch(r -> new Contact(r.getId(), r.getName(), r.getPosition(), r.getPhone()));
    }

    public void insertContact(DSLContext dsl, String enterpriseId, Contact c) {
        EnterpriseContactRecord r = dsl.newRecord(ENTERPRISE_CONTACT);
        r.setEnterpriseId(enterpriseId);
        r.setName(c.name());
        r.setPosition(c.position());
        r.setPhone(c.phone());
        stamp.stampNew(r).store();
    }

}
