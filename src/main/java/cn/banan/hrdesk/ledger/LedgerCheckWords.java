package cn.banan.hrdesk.ledger;

import cn.banan.hrdesk.core.Texts;

/** What `ledger verify` and the 校验台账 button say about a check, in the same words. */
public final class LedgerCheckWords {
    private LedgerCheckWords() {
    }

    public static String of(LedgerCheck c, Texts texts) {
        if (c.holds()) {
            return texts.get("ledger.verify.ok", c.entries());
        }
        // the step by its key, not the workflow's enum: the workflow books into the ledger, not the other way round
        String where = c.unbooked() != null ? texts.get("ledger.verify.step", c.unbooked().claimNo(),
                texts.get(c.unbooked().step().equals("FUNDING") ? "workflow.step.FUNDING" : "workflow.step.PAYMENT"))
                : c.seq() == null ? texts.get("ledger.verify.account", c.account())
                : c.problem() == LedgerCheck.Problem.WITNESS_DIFFERS ? texts.get("ledger.verify.witnessed", c.seq(), texts.label(c.chain()))
                : texts.get("ledger.verify.entry", c.seq(), c.entryId(), c.account(), texts.label(c.chain()));
        return texts.get("ledger.verify.broken", where, c.problem());
    }
}
