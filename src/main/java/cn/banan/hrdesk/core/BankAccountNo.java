package cn.banan.hrdesk.core;

import java.util.Optional;

/**
 * A bank account number as banks take it in a 代发 file: digits only, 8 to 30 of them (a personal card has 16–19, a
 * unit's settlement account 12–25 at the banks here). Spaces and hyphens people type to group digits are taken out.
 */
public final class BankAccountNo {
    private BankAccountNo() {
    }

    /** The number as stored: the digits without the spaces and hyphens that group them. */
    public static String normal(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-\u3000]", "");
    }

    /** The bundle key of what is wrong with {@code typed}, if anything. */
    public static Optional<String> problem(String typed) {
        String n = normal(typed);
        if (!n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("registry.problem.accountDigits");
        }
        return n.length() < 8 || n.length() > 30 ? Optional.of("registry.problem.accountLength") : Optional.empty();
    }
}
