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
 * One demo user per role (two payers: 区财政局's and 经开区's), named by role title, all with {@link #PASSWORD}.
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
            new Demo("fafang", Role.PAYER, null),
            new Demo("yuanqu-ff", Role.PAYER, Park.ECONOMIC_PARK),
            new Demo("shenji", Role.AUDITOR, null));

    private DemoUsers() {
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
