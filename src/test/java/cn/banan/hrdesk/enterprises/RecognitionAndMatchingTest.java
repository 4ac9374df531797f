package cn.banan.hrdesk.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.liaison.LiaisonRegisters;
import cn.banan.hrdesk.liaison.PostMatch;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A granted recognition reaches the registry once; a job seeker is matched to posts by name and wage. */
class RecognitionAndMatchingTest {
    @TempDir
    Path dir;

    @Test
    void aGrantedRequestBecomesTheRecognitionR3ChecksAndOnlyOnce() {
        try (Services s = TempStore.open(dir)) {
            String t3 = s.enterprises().save(new EnterpriseForm(null, "丙机械", "1210000040000000XN", Park.NONE, "", "", "", Tier.T3_DISTRICT_KEY,
                    LocalDate.of(2014, 1, 1)));
            s.session().signIn(Actor.user("u-e", "企业服务员", Role.ENTERPRISE_CLERK, null));
            Map<String, Object> v = new HashMap<>();
            v.put("enterprise_id", "1210000040000000XN");
            v.put("requested_on", LocalDate.of(2014, 11, 1));
            v.put("decision", RecognitionDecision.PENDING);
            String id = s.registers().save(EnterpriseServiceRegisters.RECOGNITIONS, null, v);
            assertThatThrownBy(() -> s.recognitionGrants().record(id)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.key())
                            .contains("enterprises.problem.notGranted", "registry.problem.required"));
            v.put("decision", RecognitionDecision.GRANTED);
            v.put("document_no", "巴南经信发〔2014〕30号");
            v.put("decided_on", LocalDate.of(2014, 12, 1));
            v.put("valid_from", LocalDate.of(2015, 1, 1));
            v.put("valid_to", LocalDate.of(2016, 12, 31));
            s.registers().save(EnterpriseServiceRegisters.RECOGNITIONS, id, v);
            assertThat(s.recognitionGrants().record(id)).isTrue();
            assertThat(s.recognitionGrants().record(id)).as("pressed twice, written once").isFalse();
            assertThat(s.enterpriseDetails().recognitions(t3)).singleElement().satisfies(r -> {
                assertThat(r.documentNo()).isEqualTo("巴南经信发〔2014〕30号");
                assertThat(r.covers(LocalDate.of(2015, 6, 1))).isTrue();
                assertThat(r.covers(LocalDate.of(2014, 12, 31))).as("before the validity").isFalse();
            });
        }
    }

    @Test
    void aSeekerIsMatchedToPostsWhoseNameFitsAndThatPayWhatTheyExpect() {
        try (Services s = TempStore.open(dir)) {
            s.enterprises().save(new EnterpriseForm(null, "甲电子", "91350100M000100Y43", Park.LOGISTICS_BASE, "", "", "", Tier.T1_ELECTRONICS,
                    LocalDate.of(2014, 1, 1)));
            s.session().signIn(Actor.user("u-l", "招工联络员", Role.LIAISON_CLERK, null));
            post(s, "装配工", 3000, 4500);
            post(s, "质检员", 3500, 5000);
            post(s, "装配组长", 5000, 6000);
            String seeker = seeker(s, "装配", 4000);
            assertThat(s.matching().forSeeker(seeker)).extracting(PostMatch::post).as("both 装配 posts pay 4000 or more; best paid first")
                    .containsExactly("装配组长", "装配工");
            assertThat(s.matching().forSeeker(seeker(s, "装配工", 4500))).extracting(PostMatch::post)
                    .as("装配组长 does not contain 装配工, nor it that; 装配工 pays up to 4500").containsExactly("装配工");
            assertThat(s.matching().forSeeker(seeker(s, "焊工", 0))).isEmpty();
        }
    }

    static void post(Services s, String post, long min, long max) {
        s.registers().save(LiaisonRegisters.POSTS, null, Map.of("enterprise_id", "91350100M000100Y43", "post", post, "openings", 5L,
                "wage_min", min, "wage_max", max, "posted_on", LocalDate.of(2014, 3, 1)));
    }

    static String seeker(Services s, String wanted, long wage) {
        return s.registers().save(LiaisonRegisters.SEEKERS, null, Map.of("name", "求职者", "registered_on", LocalDate.of(2014, 3, 9),
                "wanted_post", wanted, "expected_wage", wage));
    }
}
