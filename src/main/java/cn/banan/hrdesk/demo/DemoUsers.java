package cn.banan.hrdesk.demo;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.security.UserAccount;
import cn.banan.hrdesk.security.UserForm;
import cn.banan.hrdesk.security.UserService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * One demo user per role, and each park's funding approver and payer (the demo claims span every fund), named by
 * role title, all with {@link #PASSWORD}.
 * The README lists them; they are for trying the program, never for real work. A name already taken (the
 * administrator made at first start, say) is left as it is.
 */
final class DemoUsers {
    static final String PASSWORD = "demo-2014";

    record Demo(String username, Role role, Park park) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("admin", Role.ADMIN, null),
            new Demo("zonghe", Role.GENERAL_CLERK, null),
            new Demo("qiye", Role.ENTERPRISE_CLERK, null),
            new Demo("zhaogong", Role.LIAISON_CLERK, null),
            new Demo("yuanqu", Role.PARK_CLERK, Park.ECONOMIC_PARK),
            new Demo("renshe", Role.REVIEWER, null),
            new Demo("caizheng", Role.FINANCE_APPROVER, null),
            new Demo("yuanqu-sp", Role.PARK_APPROVER, Park.ECONOMIC_PARK),
            new Demo("wuliu-sp", Role.PARK_APPROVER, Park.LOGISTICS_BASE),
            new Demo("maliu-sp", Role.PARK_APPROVER, Park.MALIU_RIVERSIDE),
            new Demo("fafang", Role.PAYER, null),
            new Demo("yuanqu-ff", Role.PAYER, Park.ECONOMIC_PARK),
            new Demo("wuliu-ff", Role.PAYER, Park.LOGISTICS_BASE),
            new Demo("maliu-ff", Role.PAYER, Park.MALIU_RIVERSIDE),
            new Demo("shenji", Role.AUDITOR, null),
            new Demo("jiaowei", Role.EDUCATION_CLERK, null),
            new Demo("jingxin", Role.ECONOMY_CLERK, null));

    private DemoUsers() {
    }

    /** Who approves (拨付审批) a fund's share in the demo. */
    static String approverOf(cn.banan.hrdesk.policy.FundingSource s) {
        return switch (s) {
            case DISTRICT_FUND -> "caizheng";
            case ECONOMIC_PARK -> "yuanqu-sp";
            case LOGISTICS_BASE -> "wuliu-sp";
            case MALIU_RIVERSIDE -> "maliu-sp";
        };
    }

    /** Who pays (发放) a fund's share in the demo. */
    static String payerOf(cn.banan.hrdesk.policy.FundingSource s) {
        return switch (s) {
            case DISTRICT_FUND -> "fafang";
            case ECONOMIC_PARK -> "yuanqu-ff";
            case LOGISTICS_BASE -> "wuliu-ff";
            case MALIU_RIVERSIDE -> "maliu-ff";
        };
    }

    /** The users made, by name. */
    static Map<String, UserAccount> create(DSLContext tx, UserService users, Texts texts, java.util.Set<String> taken) {
        Map<String, UserAccount> made = new LinkedHashMap<>();
        for (Demo d : ALL) {
            if (taken.contains(d.username())) {
                continue;
            }
            String title = d.park() == null ? texts.label(d.role()) : texts.label(d.role()) + "（" + texts.label(d.park()) + "）";
            made.put(d.username(), users.create(tx, new UserForm(d.username(), title, d.role(), d.park(), PASSWORD.toCharArray())));
        }
        return made;
    }
}
