package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Session;
import org.jooq.DSLContext;

/**
 * Which claims the signed-in user sees and acts on (DESIGN §7): every claim for the office's roles and the command
 * line; for a park's user, the park's claims only (see {@link ClaimRepository#inPark}). One rule for a claim's
 * lines, its forms, and every step and change of it.
 */
public final class ClaimScope {
    private final ClaimRepository claims;
    private final Session session;

    public ClaimScope(ClaimRepository claims, Session session) {
        this.claims = claims;
        this.session = session;
    }

    public boolean visible(DSLContext dsl, String claimId) {
        return session.parkScope().map(p -> claims.isInPark(dsl, claimId, p)).orElse(true);
    }

    /** Refuses a claim outside the signed-in park user's park, naming it. */
    public void require(DSLContext dsl, Claim c) {
        session.parkScope().filter(p -> !claims.isInPark(dsl, c.id(), p)).ifPresent(p -> {
            throw new AccessDeniedException("security.denied.claimOfOtherPark", p, c.claimNo());
        });
    }
}
