package cn.banan.hrdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.attachments.Attachment;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.ScriptedFileDialogs;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.TwoFundClaim;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
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

/** 附件 on a claim in the real window: the clerk attaches a scanned contract; a wrong kind of file is refused in words. */
@ExtendWith(ApplicationExtension.class)
class AttachmentsWindowTest {
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    TwoFundClaim claim;
    Path[] next = new Path[1];

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        claim = new TwoFundClaim(services);
        services.session().signIn(TwoFundClaim.LIAISON);
        runner = new FxTaskRunner();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    void theClerkAttachesAScannedContractToTheClaimAndIsToldWhyAProgramCannotBeAttached(FxRobot robot) throws Exception {
        Path scans = Files.createTempDirectory(dir, "scans");
        Path contract = Files.writeString(scans.resolve("劳动合同.pdf"), "%PDF-1.4 合同");
        Path program = Files.writeString(scans.resolve("工具.exe"), "MZ");
        TestStyle.show(stage, () -> new MainWindow(services, runner, new ScriptedFileDialogs(() -> next[0], scans, null)));
        robot.clickOn("#tab-claims");
        FxWait.until(() -> robot.lookup(claim.claimNo).tryQuery().isPresent());
        robot.clickOn(claim.claimNo);
        FxWait.until(() -> robot.lookup("#claim-lines").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#claim-attachments");
        FxWait.until(() -> robot.lookup("#attachments-table").tryQuery().isPresent());
        next[0] = program;
        robot.clickOn("#attachments-add");
        FxWait.until(() -> robot.lookup(".alert").tryQuery().isPresent());
        assertThat(robot.lookup(".alert .label").queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText))
                .anySatisfy(text -> assertThat(text).contains("工具.exe", "不是扫描件、照片或 PDF"));
        robot.clickOn(robot.lookup(".alert .button").queryAs(Node.class));
        next[0] = contract;
        robot.clickOn("#attachments-add");
        @SuppressWarnings("unchecked")
        TableView<Attachment> table = robot.lookup("#attachments-table").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).fileName()).isEqualTo("劳动合同.pdf");
        assertThat(table.getItems().get(0).addedBy()).isEqualTo("招工联络员");
    }
}
