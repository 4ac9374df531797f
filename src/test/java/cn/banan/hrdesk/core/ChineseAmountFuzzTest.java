package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Every amount's capitals read back to the same amount, and follow the PBOC endings (整 only after 元). */
class ChineseAmountFuzzTest {
    private static final long MAX_FEN = 9999_9999_9999_99L;

    @FuzzTest(maxDuration = "30s")
    void capitalsReadBackToTheAmount(FuzzedDataProvider data) {
        long fen = data.consumeLong(-MAX_FEN, MAX_FEN);
        String text = ChineseAmount.of(new Money(fen));
        assertThat(text).matches("负?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+");
        assertThat(text.endsWith("整")).isEqualTo(Math.abs(fen) % 100 == 0);
        assertThat(text).doesNotContain("零零").doesNotStartWith("拾").doesNotContain("元整零");
        assertThat(read(text)).isEqualTo(fen);
    }

    /** A reader of capitals written independently of the writer, to check it. */
    static long read(String text) {
        boolean negative = text.startsWith("负");
        String s = negative ? text.substring(1) : text;
        long total = 0;
        long section = 0;
        long digit = 0;
        long fen = 0;
        for (char c : s.toCharArray()) {
            int d = "零壹贰叁肆伍陆柒捌玖".indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '拾' -> section += digit * 10;
                case '佰' -> section += digit * 100;
                case '仟' -> section += digit * 1000;
                case '万' -> {
                    total += (section + digit) * 1_0000L;
                    section = 0;
                }
                case '亿' -> {
                    total += (section + digit) * 1_0000_0000L;
                    section = 0;
                }
                case '元' -> total += section + digit;
                case '角' -> fen += digit * 10;
                case '分' -> fen += digit;
                default -> { }
            }
            digit = 0;
        }
        long result = total * 100 + fen;
        return negative ? -result : result;
    }
}
