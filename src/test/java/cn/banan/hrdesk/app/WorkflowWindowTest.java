package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.workflow.ClaimEvent;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.ledger.Account;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.security.UserForm;
import cn.banan.hrdesk.security.ui.SignInDialogs;
import cn.banan.hrdesk.security.ui.SignInViewModel;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * One claim through every step of SPEC §4 in the real window, each step by a different user who signs in with
 * their password; a step the signed-in role may not do is not offered, and one person doing two steps in a row
 * is refused with words that say why.
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowWindowTest {
    static final String PASSWORD = "mima-2014";
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    TwoFundClaim claim;
    Path notice;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TempStore.open(Files.createTempDirectory(dir, "db"), Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
        claim = new TwoFundClaim(services);
        user("zhaogong", "招工联络员甲", Role.LIAISON_CLERK, null);
        user("zhaogong2", "招工联络员乙", Role.LIAISON_CLERK, null);
        user("renshe", "人社局审核员", Role.REVIEWER, null);
        user("caizheng", "财政局审批人", Role.FINANCE_APPROVER, null);
        user("yuanqu-sp", "经开区审批人", Role.PARK_APPROVER, Park.ECONOMIC_PARK);
        user("zonghe", "综合管理员", Role.GENERAL_CLERK, null);
        user("fafang", "财政局出纳", Role.PAYER, null);
        user("yuanqu-ff", "经开区出纳", Role.PAYER, Park.ECONOMIC_PARK);
        services.session().signIn(null);
        notice = dir.resolve("notice-" + System.nanoTime() + ".xlsx");
        runner = new FxTaskRunner();
        stage.setScene(new Scene(new Label(), 1300, 860));
        TestStyle.apply(stage.getScene());
        stage.show();
    }

    void user(String name, String shown, Role role, Park park) {
        services.users().create(new UserForm(name, shown, role, park, PASSWORD.toCharArray()));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    FileDialogs files() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(String title, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(String title, String suggestedName) {
                return Optional.of(notice);
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        };
    }

    /** Signs in through the sign-in window, then shows the main window as that user sees it, with the claim open. */
    void signIn(FxRobot robot, String username) {
        robot.interact(() -> SignInDialogs.signIn(stage, new SignInViewModel(services.users(), runner, services.texts()), services.texts(),
                e -> { }).show());
        FxText.set(robot, "#username", username);
        FxText.set(robot, "#password", PASSWORD);
        robot.clickOn("#signin-ok");
        FxWait.until(() -> services.session().actor().map(a -> !a.commandLine()).orElse(false)
                && robot.lookup("#signin-ok").tryQuery().isEmpty());
        robot.interact(() -> stage.getScene().setRoot(new MainWindow(services, runner, files())));
        robot.clickOn("#tab-claims");
        FxWait.until(() -> claims(robot).getItems().size() == 1);
        robot.clickOn(claim.claimNo);
        FxWait.until(() -> status(robot).startsWith("状态："));
    }

    static String status(FxRobot robot) {
        return robot.lookup("#claim-status").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    static TableView<ClaimSummary> claims(FxRobot robot) {
        return robot.lookup("#claims-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ClaimEvent> events(FxRobot robot) {
        return robot.lookup("#claim-events").queryAs(TableView.class);
    }

    static boolean stepOffered(FxRobot robot) {
        return shown(robot.lookup("#claim-step").query());
    }

    /** Visible on screen: the node and every parent. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Does the offered step, with {@code fill} typing into its dialog first, and waits for the status to move on. */
    void step(FxRobot robot, String expectedStatus, Runnable fill) {
        FxWait.until(() -> stepOffered(robot));
        robot.clickOn("#claim-step");
        fill.run();
        robot.clickOn("#step-ok");
        FxWait.until(() -> status(robot).equals("状态：" + expectedStatus));
    }

    @Test
    void oneClaimWalksEveryStepWithDifferentUsersAndAWrongRoleIsRefused(FxRobot robot) {
        signIn(robot, "renshe");
        assertThat(status(robot)).isEqualTo("状态：受理中");
        assertThat(stepOffered(robot)).as("a reviewer is not offered 受理").isFalse();
        assertThat(shown(robot.lookup("#claim-importRoster").query())).as("nor intake's buttons").isFalse();

        signIn(robot, "zhaogong");
        assertThat(robot.lookup("#user-who").queryAs(Label.class).getText()).isEqualTo("当前用户：招工联络员甲（招工联络部经办人）");
        step(robot, "待初审", () -> { });
        assertThat(stepOffered(robot)).as("初审 is a liaison clerk's step, but not for whoever did 受理").isFalse();
        assertThat(status(robot)).isEqualTo("状态：待初审");

        signIn(robot, "zhaogong2");
        step(robot, "待审核", () -> { });
        assertThat(shown(robot.lookup("#claim-importRoster").query())).isTrue();
        assertThat(robot.lookup("#claim-importRoster").query().isDisabled()).as("lines are frozen from 审核 on").isTrue();
        signIn(robot, "renshe");
        step(robot, "待拨付审批", () -> FxText.set(robot, "#reason", "材料齐全，测算无误"));
        signIn(robot, "caizheng");
        assertThat(robot.lookup("#claim-waiting").queryAs(Label.class).getText()).isEqualTo("（尚待拨付审批：区经济园区管委会、区工业发展基金）");
        step(robot, "待拨付审批", () -> { });
        FxWait.until(() -> robot.lookup("#claim-waiting").queryAs(Label.class).getText().equals("（尚待拨付审批：区经济园区管委会）"));
        signIn(robot, "yuanqu-sp");
        step(robot, "待发放", () -> { });

        signIn(robot, "zonghe");
        robot.clickOn("#claim-back");
        robot.clickOn("#claims-notice");
        // the dialog opens once the claims waiting for 公示 are read, in the background
        FxWait.until(() -> robot.lookup(".button").match(LabeledMatchers.hasText("生成公示名单…")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("生成公示名单…")).queryAs(Node.class));
        FxWait.until(() -> Files.exists(notice) && robot.lookup(".alert .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".alert .button").queryAs(Node.class));

        signIn(robot, "fafang");
        FxWait.until(() -> stepOffered(robot));
        robot.clickOn("#claim-step");
        FxText.set(robot, "#voucherNo", "PZ-2026-0001");
        robot.clickOn("#step-ok");
        FxWait.until(() -> robot.lookup("#overrideReason-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#overrideReason-error").queryAs(Label.class).getText()).startsWith("仍在公示期内");
        FxText.set(robot, "#overrideReason", "年终结算，经领导小组同意提前发放");
        robot.clickOn("#step-ok");
        FxWait.until(() -> events(robot).getItems().size() == 6);
        signIn(robot, "yuanqu-ff");
        step(robot, "已发放待归档", () -> {
            FxText.set(robot, "#voucherNo", "JK-2026-0001");
            FxText.set(robot, "#overrideReason", "年终结算，经领导小组同意提前发放");
        });
        signIn(robot, "zonghe");
        step(robot, "已归档", () -> { });

        assertThat(events(robot).getItems()).extracting(ClaimEvent::userName).containsExactly("招工联络员甲", "招工联络员乙", "人社局审核员",
                "财政局审批人", "经开区审批人", "财政局出纳", "经开区出纳", "综合管理员");
        assertThat(services.claims().list()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.ARCHIVED));
        assertThat(services.ledger().balances().get(Account.DISTRICT_FUND).paid()).as("900 yuan, see TwoFundClaim").isEqualTo(Money.ofYuan(900));
        assertThat(services.ledger().verify().holds()).isTrue();
    }
}
