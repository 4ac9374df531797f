package cn.banan.hrdesk.core;

/** How personal data shows in lists to those who may not see it whole (DESIGN §3). */
public final class Masking {
    private Masking() {
    }

    /** 13992393737 → 139****3737; short or empty values are hidden entirely. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** A resident ID number as lists show it: 500113********123X; what is not 18 characters long, hidden entirely. */
    public static String residentId(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return id.length() == 18 ? id.substring(0, 6) + "********" + id.substring(14) : "****";
    }

    /** Only the last four digits of a bank account: ****1234. */
    public static String account(String account) {
        if (account == null || account.isBlank()) {
            return "";
        }
        return "****" + account.substring(Math.max(0, account.length() - 4));
    }
}
