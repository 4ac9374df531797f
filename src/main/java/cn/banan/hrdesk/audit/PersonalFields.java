package cn.banan.hrdesk.audit;

import cn.banan.hrdesk.core.Masking;

/** Which fields of a row image hold personal data (DESIGN §3), and how they show to a role that may not see them whole. */
final class PersonalFields {
    private PersonalFields() {
    }

    static String shown(String field, String value, boolean full) {
        if (full || value == null) {
            return value;
        }
        if (field.equals("resident_id")) {
            return Masking.residentId(value);
        }
        if (field.contains("phone")) {
            return Masking.phone(value);
        }
        if (field.equals("account_no") || field.equals("payee_account")) {
            return Masking.account(value);
        }
        return value;
    }
}
