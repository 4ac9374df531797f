package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.FieldText;

/**
 * An intermediary (输送机构) as typed or stored: {@code identifier} is its credit code, or for a broker the
 * resident ID number; the payee account is where its subsidies are paid.
 */
public record Intermediary(String id, IntermediaryKind kind, String name, String identifier, String phone,
                           String accountName, String bankName, String accountNo) {
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String IDENTIFIER = "identifier";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String BANK_NAME = "bankName";
    public static final String ACCOUNT_NO = "accountNo";

    /** As typed, with control characters and direction marks taken out of every text. */
    public Intermediary cleaned() {
        return new Intermediary(id, kind, FieldText.line(name), FieldText.line(identifier), FieldText.line(phone),
                FieldText.line(accountName), FieldText.line(bankName), FieldText.line(accountNo));
    }
}
