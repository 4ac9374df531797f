package cn.banan.hrdesk.exchange;

import static cn.banan.hrdesk.store.generated.Tables.EXCHANGE_PEER;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.store.generated.tables.records.ExchangePeerRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The sites this one trusts, and the counters of what went each way. Local: never travels. */
final class PeerRepository {
    Optional<Peer> find(DSLContext dsl, Site site) {
        return dsl.selectFrom(EXCHANGE_PEER).where(EXCHANGE_PEER.SITE.eq(site.name())).fetchOptional(PeerRepository::toPeer);
    }

    List<Peer> all(DSLContext dsl) {
        return dsl.selectFrom(EXCHANGE_PEER).orderBy(EXCHANGE_PEER.SITE).fetch(PeerRepository::toPeer);
    }

    /** A new pairing, or new keys for a site already paired (its counters are kept: the rows exchanged stay exchanged). */
    void pair(DSLContext dsl, SiteCard card, String now) {
        dsl.insertInto(EXCHANGE_PEER).set(EXCHANGE_PEER.SITE, card.site().name()).set(EXCHANGE_PEER.SIGN_KEY, card.signKey())
                .set(EXCHANGE_PEER.AGREE_KEY, card.agreeKey()).set(EXCHANGE_PEER.FINGERPRINT, card.fingerprint())
                .set(EXCHANGE_PEER.PAIRED_AT, now)
                .onConflict(EXCHANGE_PEER.SITE).doUpdate().set(EXCHANGE_PEER.SIGN_KEY, card.signKey())
                .set(EXCHANGE_PEER.AGREE_KEY, card.agreeKey()).set(EXCHANGE_PEER.FINGERPRINT, card.fingerprint())
                .set(EXCHANGE_PEER.PAIRED_AT, now).execute();
    }

    void sent(DSLContext dsl, Site site, long seq, long upTo) {
        dsl.update(EXCHANGE_PEER).set(EXCHANGE_PEER.SENT_SEQ, seq).set(EXCHANGE_PEER.SENT_UP_TO, upTo)
                .where(EXCHANGE_PEER.SITE.eq(site.name())).execute();
    }

    void received(DSLContext dsl, Site site, long seq, long upTo, long acknowledged) {
        dsl.update(EXCHANGE_PEER).set(EXCHANGE_PEER.RECEIVED_SEQ, seq).set(EXCHANGE_PEER.RECEIVED, upTo)
                .set(EXCHANGE_PEER.ACKNOWLEDGED, acknowledged).where(EXCHANGE_PEER.SITE.eq(site.name())).execute();
    }

    private static Peer toPeer(ExchangePeerRecord r) {
        return new Peer(Site.valueOf(r.getSite()), r.getSignKey(), r.getAgreeKey(), r.getFingerprint(), r.getPairedAt(), r.getSentSeq(),
                r.getSentUpTo(), r.getAcknowledged(), r.getReceivedSeq(), r.getReceived());
    }
}
