package cn.banan.hrdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"13992393737, 139****3737", "023-61234567, 023****4567", "12345, ****", "'', ''", "NULL, ''"})
    void phones(String phone, String shown) {
        assertThat(Masking.phone(phone)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"6222000011112222333, ****2333", "12, ****12", "NULL, ''"})
    void accounts(String account, String shown) {
        assertThat(Masking.account(account)).isEqualTo(shown);
    }
}
