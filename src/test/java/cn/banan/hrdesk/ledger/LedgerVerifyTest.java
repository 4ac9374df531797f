package cn.banan.hrdesk.ledger;

import static cn.banan.hrdesk.testing.TwoFundClaim.FINANCE;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON_2;
import static cn.banan.hrdesk.testing.TwoFundClaim.PARK_APPROVER;
import static cn.banan.hrdesk.testing.TwoFundClaim.PAYER;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.cli.Cli;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's hash chain catches an entry edited outside the program: here with the sqlite3 shell, as someone
 * with the file (and the will to drop the append-only and audit triggers first) would do it.
 */
class LedgerVerifyTest {
    @TempDir
    Path dir;

    /** Approves both funding sources of the two-fund claim: two commitment entries of 900 yuan; then one is reversed. */
    Path ledgerWithEntries() {
        try (Services s = TempStore.open(dir)) {
            TwoFundClaim c = new TwoFundClaim(s);
            TwoFundClaim.act(s, LIAISON, StepRequest.pass(c.claimId, Step.INTAKE));
            TwoFundClaim.act(s, LIAISON_2, StepRequest.pass(c.claimId, Step.FIRST_CHECK));
            TwoFundClaim.act(s, REVIEWER, StepRequest.pass(c.claimId, Step.REVIEW));
            TwoFundClaim.act(s, FINANCE, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND));
            TwoFundClaim.act(s, PARK_APPROVER, StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.ECONOMIC_PARK));
            s.session().signIn(PAYER);
            LedgerEntry first = s.ledger().ofClaim(c.claimId).get(0);
            LedgerEntry reversal = s.ledger().reverse(first.id(), "审批金额录错");
            assertThat(reversal.amount()).isEqualTo(Money.ofYuan(-900));
            assertThatThrownBy(() -> s.ledger().reverse(first.id(), "再次")).isInstanceOf(ValidationException.class);
            assertThat(s.ledger().balances().get(Account.DISTRICT_FUND).committed()).isEqualTo(Money.ZERO);
            assertThat(s.ledger().balances().get(Account.ECONOMIC_PARK).committed()).isEqualTo(Money.ofYuan(900));
            assertThat(s.ledger().verify().holds()).isTrue();
        }
        return dir.resolve("hrdesk.db");
    }

    static void sqlite3(Path db, String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", db.toString(), sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("sqlite3 said: " + out).isZero();
    }

    static int verify(Path db, java.io.ByteArrayOutputStream out) {
        return new Cli(new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run("--db", db.toString(), "ledger", "verify");
    }

    @Test
    void anAmountEditedWithTheSqliteShellIsNamedByLedgerVerify() throws Exception {
        Path db = ledgerWithEntries();
        var fine = new java.io.ByteArrayOutputStream();
        assertThat(verify(db, fine)).isEqualTo(Cli.OK);
        assertThat(fine.toString(StandardCharsets.UTF_8)).contains("台账完好：3 条记录");

        sqlite3(db, "DROP TRIGGER ledger_entry_no_update; DROP TRIGGER ledger_entry_audit_update; UPDATE ledger_entry SET amount_fen = 9000000 WHERE seq = 2;");
        var out = new java.io.ByteArrayOutputStream();
        assertThat(verify(db, out)).as("exit 1 when the chain is broken").isEqualTo(Cli.INPUT_PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("第 2 条记录", "经济园区管委会补贴资金", "已在程序之外被修改");
    }

    @Test
    void aDeletedEntryAndAnEditedBalanceAreCaughtToo() throws Exception {
        Path db = ledgerWithEntries();
        sqlite3(db, "UPDATE ledger_balance SET paid_fen = 100 WHERE account = 'ECONOMIC_PARK';");
        var balance = new java.io.ByteArrayOutputStream();
        assertThat(verify(db, balance)).isEqualTo(Cli.INPUT_PROBLEMS);
        assertThat(balance.toString(StandardCharsets.UTF_8)).contains("账户“经济园区管委会补贴资金”", "余额");

        sqlite3(db, "DROP TRIGGER ledger_entry_no_delete; DROP TRIGGER ledger_entry_audit_delete; DELETE FROM ledger_entry WHERE seq = 1;");
        var gone = new java.io.ByteArrayOutputStream();
        assertThat(verify(db, gone)).isEqualTo(Cli.INPUT_PROBLEMS);
        assertThat(gone.toString(StandardCharsets.UTF_8)).as("the entry after the gap is named").contains("第 2 条记录", "缺失");
    }

    @Test
    void aPaymentStepAndItsEntryAnswerForEachOther() throws Exception {
        Path db = ledgerWithEntries();
        sqlite3(db, "DROP TRIGGER claim_event_no_delete; DROP TRIGGER claim_event_audit_delete;"
                + " DELETE FROM claim_event WHERE step = 'FUNDING' AND funding_source = 'ECONOMIC_PARK';");
        var orphan = new java.io.ByteArrayOutputStream();
        assertThat(verify(db, orphan)).isEqualTo(Cli.INPUT_PROBLEMS);
        assertThat(orphan.toString(StandardCharsets.UTF_8)).as("the park's commitment, its approval gone")
                .contains("经济园区管委会补贴资金", "没有对应的审批步骤");

        Path other = dir.resolve("other");
        java.nio.file.Files.createDirectories(other);
        dir = other;
        Path second = ledgerWithEntries();
        sqlite3(second, "DROP TRIGGER claim_event_audit_insert; INSERT INTO claim_event (id, origin_site, version, updated_at, claim_id, step,"
                + " decision, funding_source, user_id, user_name, role, at) SELECT 'forged', 'OFFICE', 1, at, claim_id, 'PAYMENT', 'PASS',"
                + " 'ECONOMIC_PARK', 'x', '某人', 'PAYER', at FROM claim_event LIMIT 1;");
        var unpaid = new java.io.ByteArrayOutputStream();
        assertThat(verify(second, unpaid)).isEqualTo(Cli.INPUT_PROBLEMS);
        assertThat(unpaid.toString(StandardCharsets.UTF_8)).as("a 发放 with nothing booked").contains("“发放”步骤", "没有为它记账");
    }
}
