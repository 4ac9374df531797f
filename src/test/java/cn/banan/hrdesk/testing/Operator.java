package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import java.util.EnumSet;

/**
 * The command line's actor granted every action, for tests that set up data through the services without signing
 * in. The program itself never grants this: each command gets what it needs (see the cli package).
 */
public final class Operator {
    private Operator() {
    }

    public static Actor everything(String name) {
        return Actor.commandLine(name, EnumSet.allOf(Action.class));
    }
}
