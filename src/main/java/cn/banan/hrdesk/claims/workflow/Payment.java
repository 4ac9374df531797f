package cn.banan.hrdesk.claims.workflow;

import java.time.LocalDate;

/** What 发放 records: the day paid, the voucher number, and the account the money went to. */
public record Payment(LocalDate paidOn, String voucherNo, String payee, String payeeAccount) {
    public static final String PAID_ON = "paidOn";
    public static final String VOUCHER = "voucherNo";
    public static final String PAYEE_ACCOUNT = "payeeAccount";
}
