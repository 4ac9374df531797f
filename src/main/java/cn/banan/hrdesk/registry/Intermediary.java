package cn.banan.hrdesk.registry;

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
}
