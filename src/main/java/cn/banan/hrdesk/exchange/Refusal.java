package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.ValidationException;
import java.util.List;

/** A card or package the exchange will not take: the reason in words (a bundle key), nothing written. */
final class Refusal {
    private Refusal() {
    }

    static ValidationException of(String key, Object... args) {
        return new ValidationException(List.of(FieldProblem.of("exchange", key, args)));
    }
}
