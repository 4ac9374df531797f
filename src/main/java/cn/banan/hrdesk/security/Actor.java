package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Park;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is doing something: a signed-in user, whose role decides what he may do, or the command line (which has no
 * sign-in; see docs/decisions/0008), which may do exactly what the one command it runs needs ({@code granted}).
 */
public record Actor(String userId, String name, Role role, Park park, boolean commandLine, Set<Action> granted) {
    public static final String COMMAND_LINE_ID = "command-line";

    public Actor {
        granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
    }

    public static Actor user(String userId, String name, Role role, Park park) {
        return new Actor(userId, name, role, park, false, Set.of());
    }

    /** The machine's operator running one command, granted the actions that command needs and no others. */
    public static Actor commandLine(String name, Set<Action> granted) {
        return new Actor(COMMAND_LINE_ID, name, null, null, true, granted);
    }

    public boolean may(Action action) {
        return commandLine ? granted.contains(action) : Permissions.allows(role, action);
    }
}
