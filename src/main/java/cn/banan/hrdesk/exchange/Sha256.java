package cn.banan.hrdesk.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

final class Sha256 {
    private Sha256() {
    }

    static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    static String hex(byte[] content) {
        return java.util.HexFormat.of().formatHex(create().digest(content));
    }
}
