package cn.banan.hrdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.exchange.ExchangeService;
import cn.banan.hrdesk.exchange.PeerStatus;
import cn.banan.hrdesk.exchange.SyncConflict;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

/**
 * A park's clerk in the 数据交换 tab: pairs with the office by its card and the fingerprint read over the phone, writes a
 * package to the stick, takes the office's package in after seeing what it changes, and settles the conflict it brings.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    static final String CODE = "91350100M000100Y43";
    @TempDir
    static Path dir;
    Services park;
    Services office;
    FxTaskRunner runner;
    Stage stage;
    Path stick;
    Path toOpen;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path root = Files.createTempDirectory(dir, "sites");
        park = TempStore.open(Files.createDirectories(root.resolve("park")), Site.ECONOMIC_PARK, Session.of(cn.banan.hrdesk.testing.Operator.everything("园区管理员")));
        office = TempStore.open(Files.createDirectories(root.resolve("office")), Site.OFFICE, Session.of(cn.banan.hrdesk.testing.Operator.everything("测试")));
        stick = Files.createDirectories(root.resolve("stick"));
        runner = new FxTaskRunner();
        stage.setScene(new Scene(new Label(), 1300, 900));
        TestStyle.apply(stage.getScene());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        park.close();
        office.close();
    }

    FileDialogs files() {
        return new ScriptedFileDialogs(() -> toOpen, stick, stick);
    }

    void closeAlert(FxRobot robot, String containing) {
        FxWait.until(() -> robot.lookup(".alert .label").queryAll().stream().anyMatch(l -> l instanceof Label t && t.getText() != null
                && t.getText().contains(containing)));
        robot.clickOn(robot.lookup(".alert .button").queryAs(Node.class));
    }

    @Test
    void pairExportImportAndSettleThroughTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> stage.getScene().setRoot(new MainWindow(park, runner, files())));
        robot.clickOn("#tab-exchange");
        String parkFingerprint = park.exchange().card().fingerprint();
        FxWait.until(() -> robot.lookup("#exchange-fingerprint").queryAs(Label.class).getText().contains(parkFingerprint));

        toOpen = stick.resolve("office.card");
        String officeFingerprint = office.exchange().writeCard(toOpen).fingerprint();
        robot.clickOn("#exchange-card-read");
        FxWait.until(() -> robot.lookup("#pair-fingerprint").tryQuery().isPresent());
        robot.clickOn("#pair-fingerprint").write(parkFingerprint);
        assertThat(robot.lookup("#pair-confirm").queryAs(Button.class).isDisabled()).as("another fingerprint than the card's").isTrue();
        robot.interact(() -> robot.lookup("#pair-fingerprint").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#pair-fingerprint").write(officeFingerprint.toLowerCase().replace("-", " "));
        assertThat(robot.lookup("#pair-confirm").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#pair-confirm");
        closeAlert(robot, "已与领导小组办公室配对");
        TableView<PeerStatus> peers = robot.lookup("#exchange-peers").queryTableView();
        FxWait.until(() -> peers.getItems().size() == 1);

        robot.clickOn("#exchange-card-write");
        closeAlert(robot, parkFingerprint);
        try (Stream<Path> s = Files.list(stick)) {
            Path parkCard = s.filter(p -> p.getFileName().toString().contains("站点名片")).findFirst().orElseThrow();
            assertThat(office.exchange().pair(office.exchange().readCard(parkCard), parkFingerprint, false))
                    .isEqualTo(ExchangeService.Pairing.NEW);
        }

        String id = park.enterprises().save(form(null, "甲电子有限公司"));
        robot.interact(() -> peers.getSelectionModel().select(0));
        robot.clickOn("#exchange-export");
        closeAlert(robot, "第1号");
        Path written;
        try (Stream<Path> s = Files.list(stick)) {
            written = s.filter(p -> p.toString().endsWith(".hrdx")).findFirst().orElseThrow();
        }
        assertThat(written.getFileName().toString()).isEqualTo("区经济园区管委会至领导小组办公室-第1号-20261128.hrdx");
        office.exchange().importPackage(written, true, Progress.NONE);

        office.enterprises().save(form(id, "甲电子（办公室改）有限公司"));
        park.enterprises().save(form(id, "甲电子（园区改）有限公司"));
        toOpen = stick.resolve("from-office.hrdx");
        office.exchange().export(Site.ECONOMIC_PARK, toOpen, Progress.NONE);
        robot.clickOn("#exchange-import");
        FxWait.until(() -> robot.lookup("#exchange-preview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#exchange-preview").queryTableView();
        assertThat(preview.getItems()).isNotEmpty();
        assertThat(park.conflicts().open()).as("the preview writes nothing").isEmpty();
        robot.clickOn("#exchange-preview-apply");
        closeAlert(robot, "冲突 1 处");
        TableView<SyncConflict> conflicts = robot.lookup("#exchange-conflicts").queryTableView();
        FxWait.until(() -> conflicts.getItems().size() == 1);

        robot.interact(() -> conflicts.getSelectionModel().select(0));
        robot.clickOn("#exchange-settle");
        FxWait.until(() -> robot.lookup("#conflict-fields").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-fields .label").queryAll()).anyMatch(l -> ((Label) l).getText().equals("名称"))
                .anyMatch(l -> ((Label) l).getText().equals("甲电子（办公室改）有限公司"))
                .anyMatch(l -> ((Label) l).getText().equals("甲电子（园区改）有限公司"));
        SyncConflict c = conflicts.getItems().get(0);
        String otherName = (String) c.otherImage().values().get("name");
        String hereName = park.enterprises().find(id).map(Enterprise::name).orElseThrow();
        robot.clickOn("#pick-other-name");
        robot.clickOn("#settle-merge");
        FxWait.until(() -> conflicts.getItems().isEmpty());
        assertThat(park.enterprises().find(id).map(Enterprise::name)).as("the name picked from the other version, not " + hereName)
                .contains(otherName);
        assertThat(park.conflicts().find(c.id()).map(SyncConflict::settlement)).contains(SyncConflict.Settlement.MERGED);
        TableView<?> packages = robot.lookup("#exchange-packages").queryTableView();
        FxWait.until(() -> packages.getItems().size() == 2);
    }

    @Test
    void theAdministratorSetsHowMuchOfTheAttachedFilesAPackageCarries(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new MainWindow(park, runner, files())));
        robot.clickOn("#tab-exchange");
        Button budget = robot.lookup("#exchange-budget").queryAs(Button.class);
        assertThat(budget.getText()).isEqualTo("附件上限：每包 200 MB…");
        robot.clickOn(budget);
        FxWait.until(() -> robot.lookup("#exchange-budget-mb").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#exchange-budget-mb").queryAs(javafx.scene.control.TextField.class).setText("5"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        closeAlert(robot, "附件上限须为 20 到 4,000 之间的整数");
        assertThat(park.exchange().fileBudgetMb()).as("refused: as it was").isEqualTo(200);
        robot.clickOn(budget);
        FxWait.until(() -> robot.lookup("#exchange-budget-mb").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#exchange-budget-mb").queryAs(javafx.scene.control.TextField.class).setText("50"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until(() -> budget.getText().equals("附件上限：每包 50 MB…"));
        assertThat(park.exchange().fileBudgetMb()).isEqualTo(50);
    }

    static EnterpriseForm form(String id, String name) {
        return new EnterpriseForm(id, name, CODE, Park.ECONOMIC_PARK, "", "", "", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1));
    }
}
