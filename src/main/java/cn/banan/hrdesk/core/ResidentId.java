package cn.banan.hrdesk.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/** A citizen resident identity number, GB 11643-1999 (18 characters, ISO 7064 MOD 11-2 check digit). */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** GB/T 2260 province-level codes, plus 81/82/83 of the residence permits for Hong Kong, Macao and Taiwan. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private final String value;

    private ResidentId(String value) {
        this.value = value;
    }

    /** For values read back from our own database, already checked when they were stored. */
    public static ResidentId of(String value) {
        return check(value, LocalDate.MAX).toOptional()
                .orElseThrow(() -> new IllegalArgumentException("not a resident ID number"));
    }

    /** Checks {@code raw} as of {@code today} (a birth date after it is refused). */
    public static IdCheck<ResidentId> check(String raw, LocalDate today) {
        String s = IdText.normalise(raw);
        if (s.length() != 18) {
            return IdCheck.failed(IdProblem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(s.charAt(i))) {
                return IdCheck.failed(IdProblem.CHARSET);
            }
        }
        char last = s.charAt(17);
        if (!isDigit(last) && last != 'X') {
            return IdCheck.failed(IdProblem.CHARSET);
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            return IdCheck.failed(IdProblem.REGION);
        }
        LocalDate birth = birthDateOf(s);
        if (birth == null || birth.isAfter(today) || birth.getYear() < 1850) {
            return IdCheck.failed(IdProblem.BIRTH_DATE);
        }
        if (checkChar(s) != last) {
            return IdCheck.failed(IdProblem.CHECKSUM);
        }
        return IdCheck.ok(new ResidentId(s));
    }

    public String value() {
        return value;
    }

    /** Completes 17 digits with their check digit (demo data and tests make valid numbers this way). */
    public static ResidentId complete(String first17) {
        return of(first17 + checkChar(first17 + "0"));
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** As shown in lists to those who may not see the whole number: {@code 500113********123X}. */
    public String masked() {
        return Masking.residentId(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so a stray log line never carries the whole number. */
    @Override
    public String toString() {
        return masked();
    }

    static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String s) {
        try {
            return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
