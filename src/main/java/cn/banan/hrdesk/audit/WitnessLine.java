package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Texts;

/**
 * The heads of this site's two chains as printed at the foot of approval forms and monthly reports: the count of
 * entries and the first 12 characters of the last hash, for the ledger and for the audit trail. A signed paper keeps
 * them, so a later rewrite of the file, every hash made again, no longer matches what was printed.
 */
public record WitnessLine(long ledgerEntries, String ledgerHash, long auditEntries, String auditHash) {
    static final int SHOWN = 12;

    public String text(Texts texts) {
        return texts.get("audit.witnessLine", String.valueOf(ledgerEntries), shortHash(ledgerHash), String.valueOf(auditEntries), shortHash(auditHash));
    }

    private static String shortHash(String hash) {
        return hash == null || hash.isEmpty() ? "—" : hash.substring(0, Math.min(SHOWN, hash.length()));
    }
}
