package cn.banan.hrdesk.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over every field of an entry and the hash before it. Each field is written with its length, so no
 * choice of text can make two different entries hash alike; a null is written differently from an empty text.
 */
public final class EntryHash {
    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    public static String of(LedgerEntry e) {
        StringBuilder b = new StringBuilder();
        field(b, String.valueOf(e.seq()));
        field(b, e.id());
        field(b, e.account().name());
        field(b, e.kind().name());
        field(b, String.valueOf(e.amount().fen()));
        field(b, e.claimId());
        field(b, e.eventId());
        field(b, e.reverses());
        field(b, e.entryDate().toString());
        field(b, e.voucherNo());
        field(b, e.payee());
        field(b, e.payeeAccount());
        field(b, e.memo());
        field(b, e.userName());
        field(b, e.recordedAt());
        field(b, e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java", e1);
        }
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-;");
        } else {
            b.append(value.length()).append(':').append(value).append(';');
        }
    }
}
