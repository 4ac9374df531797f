package cn.banan.hrdesk.registry;

/** Where a subsidy is paid: the account's holder (户名), its bank (开户银行) and number (账号, digits only once stored). */
public record BankAccount(String accountName, String bankName, String accountNo) {
    public static final String ACCOUNT_NAME = "accountName";
    public static final String BANK_NAME = "bankName";
    public static final String ACCOUNT_NO = "accountNo";
}
