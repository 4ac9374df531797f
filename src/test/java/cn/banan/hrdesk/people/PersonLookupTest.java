package cn.banan.hrdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.people.PersonRecord.Kind;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 人员查询 through the real services. The two-fund claim (SPEC §2, R2) hires 操作工甲 at 乙配套 (经济园区) and 操作工乙 at 丁配套
 * (no park), both on 2014-03-10 through one agency; a second R2 claim of 2015 takes 操作工甲's hire again and is flagged.
 * 操作工甲 is also a student under a school agreement and a registered job seeker. Expected, by hand:
 * <pre>
 *   query                 who asks          records of 操作工甲                                   of 操作工乙
 *   500113199001011235    office            1 hire, 2 claim lines (2014, 2015), ≥1 flag,          none
 *                                           1 student, 1 job seeker (same name)
 *   操作工                 office            as above                                              1 hire, 1 claim line
 *   操作工乙               经济园区's clerk   —                                                     none (丁配套 is in no park)
 *   操作工甲               经济园区's clerk   1 hire, 2 claim lines, ≥1 flag; no student or seeker   —
 * </pre>
 */
class PersonLookupTest {
    static final String JIA = "500113199001011235";

    @TempDir
    java.nio.file.Path dir;

    @Test
    void everyRecordOfThePersonIsFoundByIdOrNameAndAParkSeesItsOwn() {
        try (Services s = TempStore.open(dir)) {
            TwoFundClaim first = new TwoFundClaim(s);
            String second = new TwoFundClaim.Duplicate(s, first).claimId;
            String secondNo = s.claims().find(second).orElseThrow().claimNo();
            String agreement = s.registers().save(LiaisonRegisters.AGREEMENTS, null, values("school", "巴南职教中心", "enterprise", "乙配套有限公司",
                    "major", "电子技术", "students", 40L, "starts_on", LocalDate.of(2013, 9, 1), "ends_on", LocalDate.of(2015, 7, 1)));
            s.registers().save(LiaisonRegisters.STUDENTS, null, values("agreement_id", agreement, "name", "操作工甲", "resident_id", JIA,
                    "placed_on", LocalDate.of(2014, 3, 10)));
            s.registers().save(LiaisonRegisters.SEEKERS, null, values("name", "操作工甲", "registered_on", LocalDate.of(2013, 12, 1),
                    "wanted_post", "装配工"));

            List<PersonRecord> byId = s.people().find(JIA.toLowerCase()).records();
            assertThat(byId).extracting(PersonRecord::name).containsOnly("操作工甲");
            assertThat(byId).filteredOn(r -> r.kind() == Kind.PLACEMENT).extracting(PersonRecord::enterprise, PersonRecord::date)
                    .containsExactly(tuple("乙配套有限公司", LocalDate.of(2014, 3, 10)));
            assertThat(byId).filteredOn(r -> r.kind() == Kind.CLAIM_LINE).extracting(PersonRecord::claimNo, PersonRecord::rule)
                    .containsExactlyInAnyOrder(tuple(first.claimNo, "R2"), tuple(secondNo, "R2"));
            assertThat(byId).filteredOn(r -> r.kind() == Kind.FLAG).as("the second claim's line is flagged").isNotEmpty()
                    .allMatch(r -> r.result().endsWith(":OPEN"));
            assertThat(byId).filteredOn(r -> r.kind() == Kind.STUDENT).extracting(PersonRecord::result).containsExactly("巴南职教中心");
            assertThat(byId).filteredOn(r -> r.kind() == Kind.JOB_SEEKER).extracting(PersonRecord::result).containsExactly("装配工");

            List<PersonRecord> byName = s.people().find("操作工").records();
            assertThat(byName).filteredOn(r -> r.name().equals("操作工乙")).extracting(PersonRecord::kind)
                    .containsExactlyInAnyOrder(Kind.PLACEMENT, Kind.CLAIM_LINE);
            assertThat(byName).filteredOn(r -> r.name().equals("操作工甲")).hasSameSizeAs(byId);

            s.session().signIn(Actor.user("u-park", "经开区经办人", Role.PARK_CLERK, Park.ECONOMIC_PARK));
            assertThat(s.people().find("操作工乙").records()).as("丁配套 is in no park").isEmpty();
            assertThat(s.people().find("操作工甲").records()).extracting(PersonRecord::kind)
                    .contains(Kind.PLACEMENT, Kind.CLAIM_LINE, Kind.FLAG).doesNotContain(Kind.STUDENT, Kind.JOB_SEEKER);
            assertThat(s.people().fullIds(false)).as("a park's clerk enters the data: sees it whole").isTrue();
            s.session().signIn(Actor.user("u-gen", "综合管理员", Role.GENERAL_CLERK, null));
            assertThat(s.people().fullIds(true)).as("综合管理部 sees ID numbers masked, asked or not").isFalse();
            assertThatThrownBy(() -> s.people().find("  ")).isInstanceOf(ValidationException.class);
        }
    }

    static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
