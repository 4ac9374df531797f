package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Park;

/** Who is doing something: a signed-in user, or the command line (which has no sign-in; see docs/decisions/0008). */
public record Actor(String userId, String name, Role role, Park park, boolean commandLine) {
    public static final String COMMAND_LINE_ID = "command-line";

    public static Actor user(String userId, String name, Role role, Park park) {
        return new Actor(userId, name, role, park, false);
    }

    public static Actor commandLine(String name) {
        return new Actor(COMMAND_LINE_ID, name, null, null, true);
    }

    public boolean may(Action action) {
        return commandLine || Permissions.allows(role, action);
    }
}
