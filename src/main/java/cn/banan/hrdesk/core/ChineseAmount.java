package cn.banan.hrdesk.core;

/**
 * Amounts in capitals (大写) as the PBOC rules for 票据和结算凭证 require: 壹拾 is written in full, a run of
 * zeros is one 零, 元 or 角 … amounts ending at 元 take 整, and where the rules allow either (a zero 元 digit
 * before a non-zero 角) we write 零, as the PBOC's own examples do.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};
    private static final long LIMIT_YUAN = 1_0000_0000_0000L;

    private ChineseAmount() {
    }

    public static String of(Money amount) {
        long fen = amount.fen();
        if (fen < 0) {
            return "负" + of(new Money(Math.negateExact(fen)));
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        if (yuan >= LIMIT_YUAN) {
            throw new IllegalArgumentException("amount too large for 大写: " + amount.toYuanString());
        }
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            appendInteger(out, yuan);
        }
        if (jiao == 0 && cents == 0) {
            return out.append(yuan == 0 ? "零元整" : "元整").toString();
        }
        if (yuan > 0) {
            out.append('元');
            if (yuan % 10 == 0 || jiao == 0) {
                out.append('零');
            }
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    private static void appendInteger(StringBuilder out, long yuan) {
        boolean started = false;
        boolean zeroPending = false;
        for (int g = GROUPS.length - 1; g >= 0; g--) {
            int group = (int) (yuan / pow10000(g) % 10000);
            if (group == 0) {
                zeroPending |= started;
                continue;
            }
            for (int d = 3; d >= 0; d--) {
                int digit = group / pow10(d) % 10;
                if (digit == 0) {
                    zeroPending |= started;
                    continue;
                }
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS.charAt(digit)).append(IN_GROUP[d]);
                started = true;
            }
            out.append(GROUPS[g]);
            // Zeros at the end of a 万 or 亿 group need no 零 when the next group starts with its 仟 digit.
            zeroPending = false;
        }
    }

    private static long pow10000(int g) {
        return g == 0 ? 1 : g == 1 ? 10000 : 1_0000_0000L;
    }

    private static int pow10(int d) {
        return d == 0 ? 1 : d == 1 ? 10 : d == 2 ? 100 : 1000;
    }
}
