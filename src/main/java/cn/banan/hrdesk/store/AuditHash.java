package cn.banan.hrdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over its fields, each written as its length and its UTF-8 bytes (a null as
 * length -1), so no two different entries can be written alike. The triggers call it through the SQL function
 * {@code audit_hash}; the check walks the chain with it again.
 */
public final class AuditHash {
    private AuditHash() {
    }

    public static String of(String... fields) {
        MessageDigest sha = sha256();
        for (String f : fields) {
            if (f == null) {
                sha.update(new byte[] {-1, -1, -1, -1});
            } else {
                byte[] b = f.getBytes(StandardCharsets.UTF_8);
                sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
                sha.update(b);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A short fingerprint of a secret or binary value: shows that it changed without showing it. */
    public static String digest(byte[] value) {
        return value == null ? null : "sha256:" + HexFormat.of().formatHex(sha256().digest(value)).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
