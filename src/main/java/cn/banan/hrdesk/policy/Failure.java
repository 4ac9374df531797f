package cn.banan.hrdesk.policy;

import java.util.List;

/** One failed condition with the words that explain it: a bundle key and the figures it quotes. */
public record Failure(Reason reason, String messageKey, List<Object> args) {
    static Failure of(Reason reason, String messageKey, Object... args) {
        return new Failure(reason, messageKey, List.of(args));
    }
}
