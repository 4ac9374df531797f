package cn.banan.hrdesk.policy;

import cn.banan.hrdesk.core.Texts;
import java.util.stream.Collectors;

/** A judgement's failed conditions in words a clerk reads, e.g. "稳岗未满6个月（实际4个月）". */
public final class ReasonWords {
    private ReasonWords() {
    }

    public static String of(Judgement j, Texts texts) {
        return j.failures().stream().map(f -> of(f, texts)).collect(Collectors.joining(texts.get("policy.reasonSeparator")));
    }

    public static String of(Failure f, Texts texts) {
        return texts.get(f.messageKey(), f.args().toArray());
    }
}
