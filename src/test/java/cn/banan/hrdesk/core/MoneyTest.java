package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1409.5    | 140950
            1,409.50  | 140950
            ¥600      | 60000
            0.05      | 5
            -12.3     | -1230
            """)
    void parsesYuan(String text, long fen) {
        assertThat(Money.parseYuan(text).fen()).isEqualTo(fen);
    }

    @Test
    void refusesMoreThanTwoDecimalsRatherThanRounding() {
        assertThatThrownBy(() -> Money.parseYuan("1.005")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parseYuan("abc")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void formatsAndComputesInWholeFen() {
        assertThat(new Money(10700053).toYuanString()).isEqualTo("107,000.53");
        assertThat(new Money(-5).toYuanString()).isEqualTo("-0.05");
        assertThat(Money.ofYuan(300).times(3).plus(new Money(1)).minus(Money.ofYuan(900))).isEqualTo(new Money(1));
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).plus(new Money(1))).isInstanceOf(ArithmeticException.class);
    }
}
