package cn.banan.hrdesk.claims;

import cn.banan.hrdesk.core.Labelled;
import cn.banan.hrdesk.policy.Failure;
import cn.banan.hrdesk.policy.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores a line's failed conditions as text that can be worded again in any language: one failure a line,
 * "REASON\tmessage key\targ…", a word argument as § and its bundle key.
 */
final class FailureCodec {
    private static final String WORD = "§";

    private FailureCodec() {
    }

    /** A word argument read back: shown by its bundle key. */
    record Word(String labelKey) implements Labelled {
    }

    static String encode(List<Failure> failures) {
        return failures.stream().map(f -> {
            List<String> parts = new ArrayList<>(List.of(f.reason().name(), f.messageKey()));
            f.args().forEach(a -> parts.add(a instanceof Labelled l ? WORD + l.labelKey() : clean(String.valueOf(a))));
            return String.join("\t", parts);
        }).collect(Collectors.joining("\n"));
    }

    static List<Failure> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> {
            String[] parts = line.split("\t", -1);
            List<Object> args = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                args.add(parts[i].startsWith(WORD) ? new Word(parts[i].substring(1)) : parts[i]);
            }
            return new Failure(Reason.valueOf(parts[0]), parts[1], List.copyOf(args));
        }).toList();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
