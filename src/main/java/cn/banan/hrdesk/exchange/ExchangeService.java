package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.attachments.AttachmentFiles;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.UtcTimestamp;
import cn.banan.hrdesk.audit.AuditRepository;
import cn.banan.hrdesk.ledger.LedgerRepository;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.RowStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * 数据交换 (DESIGN §6): this site's card, pairing with other sites, and packages written for and taken in from them.
 */
public final class ExchangeService {
    private final DSLContext dsl;
    private final Site site;
    private final Session session;
    private final Clock clock;
    private final Texts texts;
    private final SiteKeys keys;
    private final PeerRepository peers = new PeerRepository();
    private final PackageLog log = new PackageLog();
    private final TravellingTables tables = new TravellingTables();
    private final PackageExport export;
    private final PackageImport importer;
    private final PackageFiles files;

    public ExchangeService(DSLContext dsl, Site site, RowStamp stamp, LedgerRepository ledger, AttachmentFiles attached, Session session, Clock clock,
                           Texts texts) {
        this.files = new PackageFiles(attached);
        this.dsl = dsl;
        this.site = site;
        this.session = session;
        this.clock = clock;
        this.texts = texts;
        this.keys = new SiteKeys(dsl, clock);
        AuditRepository trail = new AuditRepository();
        this.export = new PackageExport(tables, ledger, trail);
        this.importer = new PackageImport(dsl, site, stamp, ledger, trail, tables, peers, log, keys, session, attached);
    }

    public Site site() {
        return site;
    }

    /** Makes this site's keys if it has none yet (a site is given its keys when it is made). */
    public void ensureKeys() {
        keys.ensure();
    }

    public SiteCard card() {
        return new SiteCard(site, keys.publicKey(SiteKeys.Purpose.SIGN), keys.publicKey(SiteKeys.Purpose.AGREE));
    }

    /** Writes this site's card; returns it (its fingerprint is what the other site confirms). */
    public SiteCard writeCard(Path file) throws IOException {
        SiteCard card = card();
        SiteCardFile.write(card, texts.label(site), file);
        return card;
    }

    public SiteCard readCard(Path file) throws IOException {
        return SiteCardFile.read(file);
    }

    public enum Pairing {
        NEW, SAME, REPLACED;

        /** What a person is told: paired, paired before (nothing changed), or now with the new keys. */
        public String messageKey() {
            return switch (this) {
                case NEW -> "exchange.pair.NEW";
                case SAME -> "exchange.pair.SAME";
                case REPLACED -> "exchange.pair.REPLACED";
            };
        }
    }

    /**
     * Trusts the site on the card. {@code fingerprint}, when given, must be the card's (as read over the phone); a site
     * already paired with other keys is refused unless {@code replace}.
     */
    public Pairing pair(SiteCard card, String fingerprint, boolean replace) {
        session.require(Action.PAIR_SITES);
        if (card.site() == site) {
            throw Refusal.of("exchange.pair.self");
        }
        if (fingerprint != null && !card.hasFingerprint(fingerprint)) {
            throw Refusal.of("exchange.pair.fingerprint", texts.label(card.site()), card.fingerprint(), fingerprint);
        }
        Optional<Peer> known = peers.find(dsl, card.site());
        if (known.isPresent() && known.get().fingerprint().equals(card.fingerprint())) {
            return Pairing.SAME;
        }
        if (known.isPresent() && !replace) {
            throw Refusal.of("exchange.pair.otherKey", texts.label(card.site()), known.get().fingerprint(), card.fingerprint());
        }
        peers.pair(dsl, card, UtcTimestamp.now(clock));
        return known.isPresent() ? Pairing.REPLACED : Pairing.NEW;
    }

    public List<Peer> peers() {
        return peers.all(dsl);
    }

    /** The file name a clerk can tell apart on the stick: from, to, number, date. */
    public String fileName(Site to, long seq) {
        return texts.get("exchange.fileName", texts.label(site), texts.label(to), seq,
                java.time.LocalDate.now(clock).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    }

    public long nextSeq(Site to) {
        return peers.find(dsl, to).map(p -> p.sentSeq() + 1).orElse(1L);
    }

    /** Writes one package to {@code to} with everything it has not acknowledged, and our acknowledgements of its rows. */
    public ExportResult export(Site to, Path file, Progress progress) throws IOException {
        session.require(Action.EXCHANGE_DATA);
        Peer peer = peers.find(dsl, to).orElseThrow(() -> Refusal.of("exchange.export.unpaired", texts.label(to)));
        byte[] signKey;
        try {
            signKey = keys.privateKey(SiteKeys.Purpose.SIGN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this site's signing key does not load", e);
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            long upTo = PackageExport.lastChange(tx);
            PackageHeader header = new PackageHeader(UUID.randomUUID().toString(), site, to, peer.sentSeq() + 1, UtcTimestamp.now(clock));
            long[] rows = {0};
            PackageFiles.Carried[] carried = {null};
            try {
                PackageWriter.write(file, header, peer.agreeKey(), signKey, out -> {
                    carried[0] = export.write(tx, peer, upTo, out, files, progress);
                    rows[0] = out.rows();
                });
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Tink could not seal the package", e);
            }
            peers.sent(tx, to, header.seq(), upTo);
            log.record(tx, new PackageLogEntry(header.id(), PackageLogEntry.Direction.OUT, to, header.seq(), header.created(),
                    UtcTimestamp.now(clock), rows[0], upTo, 0, file.getFileName().toString(), session.current().name()));
            return new ExportResult(to, header.seq(), rows[0], file, carried[0].files(), carried[0].bytes(), carried[0].waiting());
        });
    }

    /** How many megabytes of attached files one package may carry (the administrator's setting). */
    public int fileBudgetMb() {
        return PackageFiles.budgetMb(dsl);
    }

    public void setFileBudgetMb(int megabytes) {
        session.require(Action.PAIR_SITES);
        if (megabytes < PackageFiles.MIN_BUDGET_MB || megabytes > PackageFiles.MAX_BUDGET_MB) {
            throw Refusal.of("exchange.budget.range", PackageFiles.MIN_BUDGET_MB, PackageFiles.MAX_BUDGET_MB);
        }
        new cn.banan.hrdesk.store.LocalSettings(dsl).put(PackageFiles.BUDGET, String.valueOf(megabytes));
    }

    /** Checks the package whole; with {@code apply} takes it in, else says what it would change and changes nothing. */
    public ImportResult importPackage(Path file, boolean apply, Progress progress) throws IOException {
        session.require(Action.EXCHANGE_DATA);
        return importer.run(file, apply, progress);
    }

    public List<PeerStatus> status() {
        List<PeerStatus> all = new ArrayList<>();
        long lastChange = PackageExport.lastChange(dsl);
        for (Peer p : peers.all(dsl)) {
            long waiting = export.count(dsl, p, lastChange);
            long conflicts = dsl.resultQuery("SELECT count(*) FROM sync_conflict WHERE settled_at IS NULL AND deleted = 0 AND other_site = ?",
                    p.site().name()).fetchOne(0, Long.class);
            all.add(new PeerStatus(p.site(), p.fingerprint(), p.sentSeq(), p.receivedSeq(), log.acknowledgedSeq(dsl, p.site(), p.acknowledged()),
                    waiting, conflicts));
        }
        return all;
    }

    public List<PackageLogEntry> packages(int limit) {
        return log.all(dsl, limit);
    }
}
