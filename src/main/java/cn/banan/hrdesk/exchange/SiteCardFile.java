package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A card as a small text file: the first line names the format, then site, a name for people, and the two keys in
 * Base64. Reading takes at most 16 KiB and refuses anything else in words.
 */
final class SiteCardFile {
    static final int MAX_BYTES = 16 * 1024;

    private SiteCardFile() {
    }

    static void write(SiteCard card, String siteName, Path file) throws IOException {
        String[] lines = card.canonical().split("\n");
        String text = lines[0] + "\nsite=" + lines[1] + "\nname=" + siteName.replace('\n', ' ') + "\nsign=" + lines[2] + "\nagree=" + lines[3] + "\n";
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static SiteCard read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw Refusal.of("exchange.card.notACard", file);
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
        if (lines.length < 4 || !lines[0].equals(SiteCard.FIRST_LINE)) {
            throw Refusal.of("exchange.card.notACard", file);
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(lines[i].substring(0, eq), lines[i].substring(eq + 1).strip());
            }
        }
        try {
            Site site = Site.valueOf(fields.getOrDefault("site", ""));
            byte[] sign = Base64.getDecoder().decode(fields.getOrDefault("sign", ""));
            byte[] agree = Base64.getDecoder().decode(fields.getOrDefault("agree", ""));
            TinkKeys.verifier(sign);
            TinkKeys.wrapper(agree);
            return new SiteCard(site, sign, agree);
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw Refusal.of("exchange.card.notACard", file);
        }
    }
}
