package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PBOC's 正确填写票据和结算凭证的基本规定 examples first, then edge cases worked out from its rules. */
class ChineseAmountTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1409.50     | 壹仟肆佰零玖元伍角            | PBOC example: zero inside, 角 needs no 整
            6007.14     | 陆仟零柒元壹角肆分            | PBOC example: a run of zeros is one 零
            1680.32     | 壹仟陆佰捌拾元零叁角贰分      | PBOC example: zero 元 digit before 角
            107000.53   | 壹拾万柒仟元零伍角叁分        | PBOC example: 壹拾 in full, no 零 after 万 before 仟
            16409.02    | 壹万陆仟肆佰零玖元零贰分      | PBOC example: zero 角 before 分 needs 零
            325.04      | 叁佰贰拾伍元零肆分            | PBOC example
            0           | 零元整                        | nothing
            0.05        | 伍分                          | fen only
            0.50        | 伍角                          | jiao only
            1           | 壹元整                        | amount ending at 元 takes 整
            10          | 壹拾元整                      | 壹拾, never a bare 拾
            15          | 壹拾伍元整                    | 壹拾伍
            300         | 叁佰元整                      | R2 monthly rate
            600         | 陆佰元整                      | R3 amount
            900         | 玖佰元整                      | R2 cap
            100500      | 壹拾万零伍佰元整              | zero 千 after 万 needs 零
            100000000   | 壹亿元整                      | 亿
            100001000   | 壹亿零壹仟元整                | an empty 万 group is one 零
            101000000   | 壹亿零壹佰万元整              | leading zero in the 万 group
            1000000     | 壹佰万元整                    | trailing zeros say nothing
            20000.10    | 贰万元零壹角                  | zero 元 digit before 角
            """)
    void writesCapitals(String yuan, String expected, String why) {
        assertThat(ChineseAmount.of(Money.parseYuan(yuan))).as(why).isEqualTo(expected);
    }

    @Test
    void negativeAmountsSayNegative() {
        assertThat(ChineseAmount.of(Money.parseYuan("-600"))).isEqualTo("负陆佰元整");
    }

    @Test
    void refusesAmountsBeyondTheUnits() {
        assertThatThrownBy(() -> ChineseAmount.of(Money.ofYuan(1_0000_0000_0000L))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChineseAmount.of(Money.ofYuan(9999_9999_9999L))).startsWith("玖仟玖佰玖拾玖亿");
    }
}
