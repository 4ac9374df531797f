package cn.banan.hrdesk.office;

import cn.banan.hrdesk.core.Money;
import java.time.LocalDate;

/** A disbursement request as listed: who asked, who approved and disbursed, and an override if the fund ran short. */
public record Disbursement(String id, String requestNo, LocalDate requestedOn, String requestedBy, Money amount, RequestState state,
                           String approvedBy, String disbursedBy, LocalDate disbursedOn, String overrideReason) {
}
