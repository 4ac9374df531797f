package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The part of a package that is not encrypted, because the receiver needs it to choose the keys: who sent it, to
 * whom, its number in that direction and when. Nothing about people or money. Signed with the rest.
 */
record PackageHeader(String id, Site from, Site to, long seq, String created) {
    byte[] bytes() {
        return ("id=" + id + "\nfrom=" + from.name() + "\nto=" + to.name() + "\nseq=" + seq + "\ncreated=" + created + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Null when the bytes are not a header this program writes. */
    static PackageHeader parse(byte[] bytes) {
        Map<String, String> f = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0 || f.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                return null;
            }
        }
        try {
            String id = UUID.fromString(f.get("id")).toString();
            long seq = Long.parseLong(f.get("seq"));
            String created = f.get("created");
            if (seq < 1 || created == null || !created.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z") || f.size() != 5) {
                return null;
            }
            return new PackageHeader(id, Site.valueOf(f.get("from")), Site.valueOf(f.get("to")), seq, created);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
