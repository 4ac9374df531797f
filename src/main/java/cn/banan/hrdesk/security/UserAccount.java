package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Park;

/** A user of this installation as the administrator sees it (never the password). */
public record UserAccount(String id, String username, String displayName, Role role, Park park, boolean active) {
    public Actor asActor() {
        return Actor.user(id, displayName, role, park);
    }
}
