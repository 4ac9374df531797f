package cn.banan.hrdesk.core;

/**
 * A unified social credit code, GB 32100-2015: 18 characters from a 31-character alphabet, with a check
 * character over all of them and, at positions 9–17, an organisation code (GB 11714) with its own check.
 */
public final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    public static CreditCode of(String value) {
        return check(value).toOptional().orElseThrow(() -> new IllegalArgumentException("not a credit code: " + value));
    }

    public static IdCheck<CreditCode> check(String raw) {
        String s = IdText.normalise(raw);
        if (s.length() != 18) {
            return IdCheck.failed(IdProblem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0 || (i >= 2 && i < 8 && !Character.isDigit(s.charAt(i)))) {
                return IdCheck.failed(IdProblem.CHARSET);
            }
        }
        if (orgCheckChar(s) != s.charAt(16)) {
            return IdCheck.failed(IdProblem.ORG_CHECKSUM);
        }
        if (checkChar(s) != s.charAt(17)) {
            return IdCheck.failed(IdProblem.CHECKSUM);
        }
        return IdCheck.ok(new CreditCode(s));
    }

    /** Completes 16 characters (authority, type, region, the first 8 of the organisation code) with both checks. */
    public static CreditCode complete(String first16) {
        String s = IdText.normalise(first16);
        String with17 = s + orgCheckChar(s + "00");
        return of(with17 + checkChar(with17 + "0"));
    }

    /** The check character (position 18) for the first 17 characters of {@code s}. */
    static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(s.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: letters count A=10 … Z=35 (the full Latin alphabet), 10 is written X and 11 is written 0. */
    static char orgCheckChar(String s) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(s.charAt(8 + i), 36) * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
