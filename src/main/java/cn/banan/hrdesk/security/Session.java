package cn.banan.hrdesk.security;

import java.util.Optional;

/**
 * Who is signed in to this program instance. The services hold it and check it on every change, so a window
 * that forgot to hide a button still cannot do what the role may not.
 */
public final class Session {
    private volatile Actor actor;

    private Session(Actor actor) {
        this.actor = actor;
    }

    /** Nobody signed in yet: every change is refused until {@link #signIn}. */
    public static Session signedOut() {
        return new Session(null);
    }

    public static Session of(Actor actor) {
        return new Session(actor);
    }

    public void signIn(Actor who) {
        this.actor = who;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /** The signed-in actor; refused when nobody is. */
    public Actor current() {
        Actor a = actor;
        if (a == null) {
            throw new AccessDeniedException("security.denied.signedOut");
        }
        return a;
    }

    /** The park the signed-in user is bounded by; empty for the office's roles and the command line. */
    public Optional<cn.banan.hrdesk.core.Park> parkScope() {
        return actor().flatMap(ParkScope::of);
    }

    public boolean may(Action action) {
        Actor a = actor;
        return a != null && a.may(action);
    }

    /** Refuses unless the signed-in role may do {@code action}; returns who is doing it. */
    public Actor require(Action action) {
        Actor a = current();
        if (!a.may(action)) {
            throw new AccessDeniedException("security.denied.action", a.role(), action);
        }
        return a;
    }
}
