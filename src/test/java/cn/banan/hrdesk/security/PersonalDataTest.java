package cn.banan.hrdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Park;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One rule for who reads personal data whole, written out here from SPEC §4: those who enter it, check it against
 * papers or pay into the account, and 区审计局 and 区财政局; the command line only when asked (--full-ids).
 */
class PersonalDataTest {
    static final Set<Role> WHOLE = EnumSet.of(Role.LIAISON_CLERK, Role.ENTERPRISE_CLERK, Role.PARK_CLERK, Role.REVIEWER, Role.PAYER,
            Role.AUDITOR, Role.FINANCE_APPROVER);

    @Test
    void everyRoleReadsPersonalDataAsTheTableSays() {
        for (Role r : Role.values()) {
            Session s = Session.of(Actor.user("u", "某", r, r.needsPark() ? Park.ECONOMIC_PARK : null));
            assertThat(PersonalData.inFull(s)).as(r.name()).isEqualTo(WHOLE.contains(r));
            assertThat(PersonalData.inFull(s, true)).as(r + ": asking changes nothing for a role").isEqualTo(WHOLE.contains(r));
        }
        Session cli = Session.of(cn.banan.hrdesk.testing.Operator.everything("命令行"));
        assertThat(PersonalData.inFull(cli)).as("a script's output masks unless asked").isFalse();
        assertThat(PersonalData.inFull(cli, true)).isTrue();
        assertThat(PersonalData.inFull(Session.signedOut(), true)).isFalse();
    }
}
