package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a site tells another to be trusted: which site it is and its two public keys. The fingerprint is read aloud
 * over the phone to confirm that the card on the stick is the one the other site wrote.
 */
public record SiteCard(Site site, byte[] signKey, byte[] agreeKey) {
    static final String FIRST_LINE = "HRDESK-SITE-CARD/1";

    /** 128 bits of SHA-256 over the site and both keys, as 8 groups of 4 hexadecimal digits. */
    public String fingerprint() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.US_ASCII));
            String hex = HexFormat.of().withUpperCase().formatHex(d, 0, 16);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                b.append(i == 0 ? "" : "-").append(hex, i, i + 4);
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    String canonical() {
        Base64.Encoder b64 = Base64.getEncoder();
        return FIRST_LINE + "\n" + site.name() + "\n" + b64.encodeToString(signKey) + "\n" + b64.encodeToString(agreeKey) + "\n";
    }

    /** Whether a fingerprint as a person typed it (case, spaces and dashes do not matter) is this card's. */
    public boolean hasFingerprint(String typed) {
        return typed != null && bare(typed).equals(bare(fingerprint()));
    }

    private static String bare(String fingerprint) {
        return fingerprint.replaceAll("[\\s\\-－—]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
