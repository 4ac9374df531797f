package cn.banan.hrdesk.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseServiceTest {
    @TempDir
    Path dir;
    Services services;
    EnterpriseService enterprises;

    @BeforeEach
    void open() {
        services = TempStore.open(dir);
        enterprises = services.enterprises();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static EnterpriseForm form(String name, String code, Tier tier, LocalDate from) {
        return new EnterpriseForm(null, name, code, Park.ECONOMIC_PARK, "", "", "", tier, from);
    }

    @Test
    void savesAndStampsTheTravellingColumns() {
        String id = enterprises.save(form("  甲电子有限公司 ", "91350100m000100y43", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
        Enterprise e = enterprises.find(id).orElseThrow();
        assertThat(e.name()).isEqualTo("甲电子有限公司");
        assertThat(e.creditCode().value()).isEqualTo("91350100M000100Y43");
        var row = services.database().dsl().fetchOne("select origin_site, cast(version as text), updated_at, deleted from enterprise where id = ?", id);
        assertThat(row.get(0)).isEqualTo("OFFICE");
        // read as text: a plain query's INTEGER column comes back as a Java int, and a clock value does not fit one
        assertThat(Long.parseLong(row.get(1, String.class))).isPositive();
        assertThat(row.get(2, String.class)).isEqualTo("2026-11-28T02:00:00.000Z");
        assertThat(row.get(3, Integer.class)).isZero();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void refusesABadCreditCodeAtTheFieldAndWritesNothing() {
        assertThatThrownBy(() -> enterprises.save(form("甲", "91350100M000100Y44", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly(FieldProblem.of(EnterpriseForm.CREDIT_CODE, "id.problem.CHECKSUM", cn.banan.hrdesk.core.IdKind.CREDIT)));
        assertThat(services.database().dsl().fetchCount(cn.banan.hrdesk.store.generated.Tables.ENTERPRISE)).isZero();
        assertThat(TempStore.TEXTS.get("id.problem.CHECKSUM", cn.banan.hrdesk.core.IdKind.CREDIT)).isEqualTo("统一社会信用代码校验位错误");
    }

    @Test
    void aDuplicateCreditCodeIsRefusedNamingTheExistingEnterprise() {
        enterprises.save(form("甲电子有限公司", "91350100M000100Y43", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
        assertThatThrownBy(() -> enterprises.save(form("乙公司", "91350100M000100Y43", Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
                        FieldProblem.of(EnterpriseForm.CREDIT_CODE, "registry.problem.duplicateCreditCode", "甲电子有限公司")));
    }

    @Test
    void tierHistoryAnswersWhichTierOnADay() {
        String id = enterprises.save(form("甲", "91350100M000100Y43", Tier.T2_IT_SUPPORT, LocalDate.of(2014, 3, 1)));
        enterprises.changeTier(id, Tier.T1_ELECTRONICS, LocalDate.of(2015, 7, 1));
        enterprises.changeTier(id, null, LocalDate.of(2016, 1, 1));
        assertThat(enterprises.tierOn(id, LocalDate.of(2014, 2, 28))).as("before the first tier").isEmpty();
        assertThat(enterprises.tierOn(id, LocalDate.of(2014, 3, 1))).contains(Tier.T2_IT_SUPPORT);
        assertThat(enterprises.tierOn(id, LocalDate.of(2015, 6, 30))).as("last day of T2").contains(Tier.T2_IT_SUPPORT);
        assertThat(enterprises.tierOn(id, LocalDate.of(2015, 7, 1))).as("first day of T1").contains(Tier.T1_ELECTRONICS);
        assertThat(enterprises.tierOn(id, LocalDate.of(2015, 12, 31))).contains(Tier.T1_ELECTRONICS);
        assertThat(enterprises.tierOn(id, LocalDate.of(2016, 1, 1))).as("tier removed").isEmpty();
        assertThat(enterprises.tiers(id)).extracting(TierPeriod::to)
                .containsExactly(LocalDate.of(2015, 6, 30), LocalDate.of(2015, 12, 31));
    }

    @Test
    void aTierChangeMayNotPrecedeThePeriodInForce() {
        String id = enterprises.save(form("甲", "91350100M000100Y43", Tier.T2_IT_SUPPORT, LocalDate.of(2014, 3, 1)));
        assertThatThrownBy(() -> enterprises.changeTier(id, Tier.T1_ELECTRONICS, LocalDate.of(2014, 3, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(enterprises.tiers(id)).hasSize(1).allMatch(p -> p.to() == null);
    }

    @Test
    void listFiltersByTextTierParkAndRecognitionInSql() {
        String a = enterprises.save(new EnterpriseForm(null, "甲电子有限公司", "91350100M000100Y43", Park.ECONOMIC_PARK, "", "", "",
                Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1)));
        String b = enterprises.save(new EnterpriseForm(null, "乙机械有限公司", "91500113MA5U12346T", Park.NONE, "", "", "",
                Tier.T3_DISTRICT_KEY, LocalDate.of(2014, 1, 1)));
        services.enterpriseDetails().addRecognition(b, new Recognition(null, "区经信委", LocalDate.of(2013, 12, 1), "巴南经信发〔2014〕1号",
                LocalDate.of(2014, 1, 1), LocalDate.of(2026, 11, 28)));
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(names(new EnterpriseQuery("", null, null, null, today))).containsExactly("乙机械有限公司", "甲电子有限公司");
        assertThat(names(new EnterpriseQuery("电子", null, null, null, today))).containsExactly("甲电子有限公司");
        assertThat(names(new EnterpriseQuery("ma5u", null, null, null, today))).as("credit code, any case").containsExactly("乙机械有限公司");
        assertThat(names(new EnterpriseQuery("%", null, null, null, today))).as("wildcards are literal").isEmpty();
        assertThat(names(new EnterpriseQuery("", Tier.T3_DISTRICT_KEY, null, null, today))).containsExactly("乙机械有限公司");
        assertThat(names(new EnterpriseQuery("", null, Park.ECONOMIC_PARK, null, today))).containsExactly("甲电子有限公司");
        assertThat(names(new EnterpriseQuery("", null, null, true, today))).as("valid to today inclusive").containsExactly("乙机械有限公司");
        assertThat(names(new EnterpriseQuery("", null, null, true, today.plusDays(1)))).as("lapsed tomorrow").isEmpty();
        assertThat(names(new EnterpriseQuery("", null, null, false, today))).containsExactly("甲电子有限公司");
        EnterpriseRow row = enterprises.page(EnterpriseQuery.all(today), 0, 10).rows().get(1);
        assertThat(row.id()).isEqualTo(a);
        assertThat(row.tier()).isEqualTo(Tier.T1_ELECTRONICS);
        assertThat(enterprises.page(EnterpriseQuery.all(today), 1, 1).rows()).extracting(EnterpriseRow::name).containsExactly("甲电子有限公司");
        assertThat(enterprises.page(EnterpriseQuery.all(today), 1, 1).total()).isEqualTo(2);
    }

    private java.util.List<String> names(EnterpriseQuery q) {
        return enterprises.page(q, 0, 100).rows().stream().map(EnterpriseRow::name).toList();
    }
}
