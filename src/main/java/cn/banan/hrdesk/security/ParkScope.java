package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Park;
import java.util.Optional;

/**
 * The park a user's work is bounded by (DESIGN §7): a park committee's clerk and approver, and a park's payer, see
 * and act on their own park's enterprises, claims and funds only. The office's roles and the command line see all.
 */
public final class ParkScope {
    private ParkScope() {
    }

    public static Optional<Park> of(Actor actor) {
        if (actor == null || actor.commandLine() || actor.park() == null || actor.park() == Park.NONE) {
            return Optional.empty();
        }
        return actor.role().mayHavePark() ? Optional.of(actor.park()) : Optional.empty();
    }
}
