package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.store.generated.Tables.SITE_KEY;

import cn.banan.hrdesk.core.UtcTimestamp;
import com.google.crypto.tink.KeysetHandle;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * This site's two key pairs, kept in its own database (table site_key, which no package and no backup carries).
 * Made on first need: a database made before the exchange existed gets its keys the first time it exchanges.
 */
public final class SiteKeys {
    enum Purpose { SIGN, AGREE }

    private final DSLContext dsl;
    private final Clock clock;

    public SiteKeys(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Makes the keys when there are none yet; a site's keys, once made, are never changed. */
    public void ensure() {
        if (dsl.fetchCount(SITE_KEY) == Purpose.values().length) {
            return;
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            for (Purpose p : Purpose.values()) {
                if (!tx.fetchExists(SITE_KEY, SITE_KEY.PURPOSE.eq(p.name()))) {
                    KeysetHandle h = p == Purpose.SIGN ? TinkKeys.newSigning() : TinkKeys.newAgreement();
                    tx.insertInto(SITE_KEY).set(SITE_KEY.PURPOSE, p.name()).set(SITE_KEY.PRIVATE_KEY, TinkKeys.secret(h))
                            .set(SITE_KEY.PUBLIC_KEY, TinkKeys.publicHalf(h)).set(SITE_KEY.CREATED_AT, UtcTimestamp.now(clock)).execute();
                }
            }
        });
    }

    byte[] publicKey(Purpose p) {
        ensure();
        return dsl.select(SITE_KEY.PUBLIC_KEY).from(SITE_KEY).where(SITE_KEY.PURPOSE.eq(p.name())).fetchSingle(SITE_KEY.PUBLIC_KEY);
    }

    byte[] privateKey(Purpose p) throws GeneralSecurityException {
        ensure();
        return dsl.select(SITE_KEY.PRIVATE_KEY).from(SITE_KEY).where(SITE_KEY.PURPOSE.eq(p.name())).fetchSingle(SITE_KEY.PRIVATE_KEY);
    }
}
