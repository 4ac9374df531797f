package cn.banan.hrdesk.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payee accounts: the number's shape, by hand from what banks here issue (8–30 digits; spaces and hyphens only group them). */
class EnterpriseAccountsTest {
    @TempDir
    Path dir;

    static List<String> problems(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        }
        return List.of();
    }

    @Test
    void anEnterprisesAccountIsKeptWithItsDigitsOnlyAndAWrongNumberIsNamedAtItsField() {
        try (Services s = TempStore.open(dir)) {
            String id = s.enterprises().save(new EnterpriseForm(null, "乙配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                    Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
            assertThat(s.enterpriseAccounts().of(id)).isEmpty();
            assertThat(problems(() -> s.enterpriseAccounts().save(id, new BankAccount("乙配套有限公司", "工行巴南支行", "6222-02AB-1234")))).as("a letter")
                    .containsExactly("accountNo:registry.problem.accountDigits");
            assertThat(problems(() -> s.enterpriseAccounts().save(id, new BankAccount("乙配套有限公司", "工行巴南支行", "1234 567")))).as("7 digits")
                    .containsExactly("accountNo:registry.problem.accountLength");
            assertThat(problems(() -> s.enterpriseAccounts().save(id, new BankAccount(" ", null, "")))).containsExactly(
                    "accountName:registry.problem.required", "bankName:registry.problem.required", "accountNo:registry.problem.required");
            assertThat(s.enterpriseAccounts().of(id)).as("nothing kept from a refused form").isEmpty();
            s.enterpriseAccounts().save(id, new BankAccount(" 乙配套有限公司 ", "工行巴南支行", "3100 0213-0900 1234 5678"));
            assertThat(s.enterpriseAccounts().of(id)).contains(new BankAccount("乙配套有限公司", "工行巴南支行", "31000213090012345678"));
            s.enterpriseAccounts().save(id, new BankAccount("乙配套有限公司", "建行鱼洞支行", "50001234567890123456"));
            assertThat(s.enterpriseAccounts().of(id).orElseThrow().bankName()).as("changed in place").isEqualTo("建行鱼洞支行");
            assertThat(s.database().dsl().fetchCount(cn.banan.hrdesk.store.generated.Tables.ENTERPRISE_ACCOUNT)).isEqualTo(1);

            s.session().signIn(Actor.user("u-rev", "审核员", Role.REVIEWER, null));
            assertThatThrownBy(() -> s.enterpriseAccounts().save(id, new BankAccount("x", "y", "12345678"))).isInstanceOf(AccessDeniedException.class);
            s.session().signIn(Actor.user("u-ml", "麻柳园区经办人", Role.PARK_CLERK, Park.MALIU_RIVERSIDE));
            assertThat(s.enterpriseAccounts().of(id)).as("another park's enterprise").isEmpty();
            assertThat(problems(() -> s.enterpriseAccounts().save(id, new BankAccount("x", "y", "12345678"))))
                    .containsExactly("accountName:registry.problem.enterpriseGone");
        }
    }

    @Test
    void anIntermediarysAccountNumberIsCheckedTheSameWay() {
        try (Services s = TempStore.open(dir)) {
            assertThat(problems(() -> s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "巴南人力资源公司", "52500113123456788D",
                    null, "巴南人力资源公司", "农业银行巴南支行", "622848000000000001X")))).containsExactly("accountNo:registry.problem.accountDigits");
            String id = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "巴南人力资源公司", "52500113123456788D", null,
                    "巴南人力资源公司", "农业银行巴南支行", "6228 4800 0000 0000 011"));
            assertThat(s.parties().intermediary(id).orElseThrow().accountNo()).isEqualTo("6228480000000000011");
        }
    }
}
