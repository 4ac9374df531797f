package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.BoundedInputStream;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.attachments.AttachmentFiles;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.audit.AuditRepository;
import cn.banan.hrdesk.ledger.LedgerRepository;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.RowStamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Takes a package in. It is copied off the stick first (so what is checked is what is applied), then checked whole —
 * framing, addressee, sender, signature, order, every frame and ledger entry — before the database is touched; then
 * applied in one transaction, so a failure or a kill at any moment leaves the database as it was.
 */
final class PackageImport {
    static final long MAX_PACKAGE = 8L << 30;
    private final DSLContext dsl;
    private final Site site;
    private final RowStamp stamp;
    private final LedgerRepository ledger;
    private final AuditRepository trail;
    private final TravellingTables tables;
    private final PeerRepository peers;
    private final PackageLog log;
    private final SiteKeys keys;
    private final Session session;
    private final AttachmentFiles files;

    PackageImport(DSLContext dsl, Site site, RowStamp stamp, LedgerRepository ledger, AuditRepository trail, TravellingTables tables, PeerRepository peers,
                  PackageLog log, SiteKeys keys, Session session, AttachmentFiles files) {
        this.files = files;
        this.dsl = dsl;
        this.site = site;
        this.stamp = stamp;
        this.ledger = ledger;
        this.trail = trail;
        this.tables = tables;
        this.peers = peers;
        this.log = log;
        this.keys = keys;
        this.session = session;
    }

    ImportResult run(Path file, boolean apply, Progress progress) throws IOException {
        Path copy = Files.createTempFile("hrdesk-package-", ".hrdx");
        try {
            copyCapped(file, copy);
            return checkedAndApplied(file, copy, apply, progress);
        } catch (Preview preview) {
            return preview.result;
        } catch (org.jooq.exception.DataAccessException failed) {
            // a row refers to one that neither this database nor the package holds: SQLite refuses the commit, and the
            // transaction is rolled back
            for (Throwable t = failed; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("FOREIGN KEY")) {
                    throw Refusal.of("exchange.package.missingRows", file);
                }
            }
            throw failed;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void copyCapped(Path from, Path to) throws IOException {
        if (Files.size(from) > MAX_PACKAGE) {
            throw Refusal.of("exchange.package.tooLarge", from);
        }
        try (InputStream in = new BoundedInputStream(Files.newInputStream(from), MAX_PACKAGE)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private ImportResult checkedAndApplied(Path file, Path copy, boolean apply, Progress progress) throws IOException {
        PackageEnvelope e = PackageEnvelope.read(copy, file);
        if (e == null) {
            throw Refusal.of("exchange.package.notAPackage", file);
        }
        PackageHeader h = e.header();
        if (h.from() == site) {
            throw Refusal.of("exchange.package.own", file);
        }
        if (h.to() != site) {
            throw Refusal.of("exchange.package.notForUs", file, h.to(), site);
        }
        Peer peer = peers.find(dsl, h.from()).orElseThrow(() -> Refusal.of("exchange.package.unpaired", file, h.from()));
        if (!PackageOpener.signedBy(e, peer.signKey())) {
            throw Refusal.of("exchange.package.badSignature", file, h.from());
        }
        if (log.applied(dsl, h.id())) {
            return new ImportResult(ImportResult.Outcome.ALREADY_APPLIED, h.from(), h.seq(), h.created(), Map.of(), 0);
        }
        if (h.seq() <= peer.receivedSeq()) {
            return new ImportResult(ImportResult.Outcome.SUPERSEDED, h.from(), h.seq(), h.created(), Map.of(), 0);
        }
        byte[] agreeKey;
        try {
            agreeKey = keys.privateKey(SiteKeys.Purpose.AGREE);
        } catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("this site's key does not load", ex);
        }
        PackageCheck check = new PackageCheck(dsl, tables);
        readOrRefuse(file, copy, e, agreeKey, check);
        if (check.coverage().after() > peer.received()) {
            throw Refusal.of("exchange.package.gap", file, h.from());
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Map<String, TableCounts> counts = tx.connectionResult(conn -> {
                try (Statement st = conn.createStatement()) {
                    st.execute("PRAGMA defer_foreign_keys = ON");
                    st.executeUpdate("INSERT INTO exchange_applying (peer) VALUES ('" + h.from().name() + "')");
                }
                ConflictRecorder recorder = new ConflictRecorder(stamp);
                // a preview writes no file: it is rolled back, and a file is not in the transaction
                PackageApply applier = new PackageApply(conn, tables, h.from(), site, recorder, progress, check.rows(), apply ? files : null);
                try {
                    readOrRefuse(file, copy, e, agreeKey, applier);
                } finally {
                    applier.close();
                    recorder.close();
                }
                try (Statement st = conn.createStatement()) {
                    st.executeUpdate("DELETE FROM exchange_applying");
                    for (String t : tables.names()) {
                        if (tables.holdable(t) && !TravellingTables.APPEND_ONLY.contains(t)) {
                            st.executeUpdate("UPDATE OR IGNORE \"" + t + "\" SET sync_held = 0 WHERE sync_held <> 0");
                        }
                    }
                }
                return applier.counts();
            });
            ImportResult result = new ImportResult(apply ? ImportResult.Outcome.APPLIED : ImportResult.Outcome.PREVIEW, h.from(), h.seq(),
                    h.created(), counts, check.files());
            if (!apply) {
                throw new Preview(result);
            }
            ledger.rebuildBalances(tx);
            for (ChainHead head : check.heads()) {
                if (head.chain() == ChainHead.Chain.LEDGER) {
                    ledger.witness(tx, head.site(), head.seq(), head.hash(), h.from(), stamp.now());
                } else {
                    trail.witness(tx, head.site(), head.seq(), head.hash(), h.from(), stamp.now());
                }
            }
            peers.received(tx, h.from(), h.seq(), check.coverage().upTo(), check.coverage().acknowledged());
            log.record(tx, new PackageLogEntry(h.id(), PackageLogEntry.Direction.IN, h.from(), h.seq(), h.created(),
                    stamp.now(), result.rows(), check.coverage().upTo(), result.conflicts(),
                    file.getFileName().toString(), session.current().name()));
            stamp.observe(check.maxVersion());
            return result;
        });
    }

    private static void readOrRefuse(Path file, Path copy, PackageEnvelope e, byte[] agreeKey, PayloadVisitor v) throws IOException {
        try {
            PackageOpener.read(copy, e, agreeKey, v);
        } catch (PackageOpener.TooLargeException tooLarge) {
            throw Refusal.of("exchange.package.tooLarge", file);
        } catch (PackageCheck.ChainException chain) {
            throw Refusal.of("exchange.package.chain", file, chain.site, chain.seq);
        } catch (PackageApply.ApplyException bad) {
            throw Refusal.of("exchange.package.doesNotFit", file, bad.table, bad.id == null ? "" : bad.id, bad.getCause().getMessage());
        } catch (PayloadInput.BadPayloadException | IOException bad) {
            throw Refusal.of("exchange.package.damaged", file);
        }
    }

    /** Rolls the transaction of a preview back, carrying what it would have done. */
    static final class Preview extends RuntimeException {
        final transient ImportResult result;

        Preview(ImportResult result) {
            super("preview only", null, false, false);
            this.result = result;
        }
    }
}
