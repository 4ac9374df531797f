package cn.banan.hrdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.payments.BatchLine;
import cn.banan.hrdesk.claims.payments.LineResult;
import cn.banan.hrdesk.claims.payments.Payable;
import cn.banan.hrdesk.claims.payments.PaymentBatch;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * 代发 in the real window: the district's payer sends the two-fund claim's 900 yuan to the bank on a list, the bank
 * returns it (the reason is asked for, and named at its field when left out), and the share is offered again.
 */
@ExtendWith(ApplicationExtension.class)
class BankListsWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    TwoFundClaim claim;
    Path saved;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        claim = new TwoFundClaim(services);
        // both sources approved, so the district's 发放 may be made when the bank credits its share
        claim.approve(services, FundingSource.DISTRICT_FUND, FundingSource.ECONOMIC_PARK);
        services.session().signIn(TwoFundClaim.GENERAL);
        saved = Files.createTempDirectory(dir, "saved");
        services.notices().publish(List.of(claim.claimId), LocalDate.of(2026, 11, 18), 7, saved.resolve("公示.xlsx"));
        services.session().signIn(TwoFundClaim.PAYER);
        runner = new FxTaskRunner();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void thePayerSendsAShareToTheBankRecordsItsReturnWithTheReasonAndSeesItOfferedAgain(FxRobot robot) throws Exception {
        TestStyle.show(stage, () -> new MainWindow(services, runner, new ScriptedFileDialogs(() -> null, saved, null)));
        robot.clickOn("#tab-claims");
        robot.clickOn("#claims-bank");
        FxWait.until(() -> robot.lookup("#bank-payable").tryQuery().isPresent() && table(robot, "#bank-payable").getItems().size() == 1);
        TableView<Payable> payable = table(robot, "#bank-payable");
        assertThat(payable.getItems().get(0).ready()).isTrue();
        robot.interact(() -> payable.getSelectionModel().selectAll());
        robot.clickOn("#bank-make");
        FxWait.until(() -> robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).queryAs(Node.class));
        assertThat(saved.resolve("代发清单-2026-11-28.xlsx")).exists();
        FxWait.until(() -> table(robot, "#bank-batches").getItems().size() == 1);
        TableView<PaymentBatch> batches = table(robot, "#bank-batches");
        assertThat(batches.getItems().get(0).batchNo()).isEqualTo("DF-2026-OFC-001");
        FxWait.until(() -> table(robot, "#bank-lines").getItems().size() == 1);
        assertThat(robot.lookup("#bank-payable").lookup(".table-cell").match(n -> "已列入代发清单".equals(((javafx.scene.control.Labeled) n).getText()))
                .tryQuery()).as("the share is on a list now").isPresent();

        TableView<BatchLine> lines = table(robot, "#bank-lines");
        robot.interact(() -> lines.getSelectionModel().select(0));
        robot.clickOn("#bank-returned");
        FxWait.until(() -> robot.lookup("#bank-answer").tryQuery().isPresent());
        robot.clickOn("#bank-answer");
        FxWait.until(() -> robot.lookup("#returnReason-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#returnReason-error").queryAs(Label.class).getText()).isNotBlank();
        robot.interact(() -> robot.lookup("#bank-reason").queryAs(TextArea.class).setText("户名与账号不符"));
        robot.clickOn("#bank-answer");
        FxWait.until(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).result() != null);
        assertThat(lines.getItems().get(0).result()).isEqualTo(LineResult.RETURNED);
        assertThat(lines.getItems().get(0).returnReason()).isEqualTo("户名与账号不符");
        FxWait.until(() -> !payable.getItems().isEmpty() && payable.getItems().get(0).ready());
        assertThat(services.claims().status(claim.claimId)).as("returned: not paid").isEqualTo(cn.banan.hrdesk.claims.ClaimStatus.PAYMENT);

        // a second list, credited, then sent back by the bank (退汇): the payment is reversed and the share offered again
        robot.interact(() -> payable.getSelectionModel().selectAll());
        robot.clickOn("#bank-make");
        FxWait.until(() -> robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".alert .button").match(LabeledMatchers.hasText("否")).queryAs(Node.class));
        FxWait.until(() -> batches.getItems().size() == 2);
        robot.interact(() -> batches.getSelectionModel().select(batches.getItems().stream().filter(b -> b.batchNo().equals("DF-2026-OFC-002"))
                .findFirst().orElseThrow()));
        FxWait.until(() -> lines.getItems().size() == 1 && lines.getItems().get(0).waiting());
        robot.interact(() -> lines.getSelectionModel().select(0));
        assertThat(robot.lookup("#bank-refund").queryAs(javafx.scene.control.Button.class).isDisabled()).as("not credited yet").isTrue();
        robot.clickOn("#bank-paid");
        FxWait.until(() -> robot.lookup("#bank-answer").tryQuery().isPresent());
        robot.clickOn("#bank-answer");
        FxWait.until(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).credited());
        robot.interact(() -> lines.getSelectionModel().select(0));
        robot.clickOn("#bank-refund");
        FxWait.until(() -> robot.lookup("#bank-reason").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#bank-reason").queryAs(TextArea.class).setText("账户已销户"));
        robot.clickOn("#bank-answer");
        FxWait.until(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).refundedOn() != null);
        assertThat(robot.lookup("#bank-lines").lookup(".table-cell").match(n -> String.valueOf(((javafx.scene.control.Labeled) n).getText())
                .contains("退汇：账户已销户")).tryQuery()).isPresent();
        FxWait.until(() -> !payable.getItems().isEmpty() && payable.getItems().get(0).again());
        assertThat(services.ledger().ofClaim(claim.claimId).stream().filter(e -> e.kind() == cn.banan.hrdesk.ledger.EntryKind.PAYMENT)
                .mapToLong(e -> e.amount().fen()).sum()).as("paid, then reversed").isZero();
    }
}
