package cn.banan.hrdesk.app;

import cn.banan.hrdesk.testing.FxText;

import static cn.banan.hrdesk.store.generated.Tables.CLAIM_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.ClaimSummary;
import cn.banan.hrdesk.claims.FlagKind;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TestStyle;
import cn.banan.hrdesk.testing.FxWait;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.Workbooks;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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

/** Claims intake through the real window: a roster with a bad row and a duplicate, then corrected. */
@ExtendWith(ApplicationExtension.class)
class ClaimsWindowTest {
    static final String[] HEADER = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份"};
    @TempDir
    static Path dir;
    Services services;
    FxTaskRunner runner;
    Path roster;
    final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    String claimNo;

    @Start
    void start(Stage stage) throws Exception {
        services = TempStore.open(Files.createTempDirectory(dir, "db"));
        String t2 = services.enterprises().save(new EnterpriseForm(null, "乙配套有限公司", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        String a = services.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "A", "行", "62220000000000001"));
        String w = services.parties().save(new Worker(null, "500113199001011235", "操作工1", null, TargetGroup.OTHER));
        String p = services.placements().save(new PlacementForm(null, w, t2, a, Channel.BASIC_SOCIAL, LocalDate.of(2014, 3, 10), null, null, "", null));
        services.claims().addPlacements(services.claims().create(new ClaimForm(Rule.R2, a, 2014, LocalDate.of(2014, 5, 31), null)), List.of(p));
        String id = services.claims().create(new ClaimForm(Rule.R2, a, 2015, LocalDate.of(2014, 12, 31), null));
        claimNo = services.claims().find(id).orElseThrow().claimNo();
        roster = dir.resolve("roster-" + System.nanoTime() + ".xlsx");
        runner = new FxTaskRunner();
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> open(String title, String extension) {
                return Optional.of(roster);
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(String title, String suggestedName) {
                return Optional.of(dir.resolve(System.nanoTime() + "-" + suggestedName));
            }

            @Override
            public boolean openInSystem(Path file) {
                opened.add(file);
                return true;
            }
        };
        Scene scene = new Scene(new MainWindow(services, runner, files), 1300, 820);
        TestStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    void writeRoster(String thirdRowId) throws Exception {
        Workbooks.write(roster, HEADER,
                new String[] {"440301198002290015", "装配工2", "91500113MA5U12346T", "2014-04-01", "", "基础社招", "2014-04-02", "2014-04~2014-12"},
                new String[] {thirdRowId, "装配工3", "91500113MA5U12346T", "2014-05-01", "", "应急社招", "", ""},
                new String[] {"500113199001011235", "操作工1", "91500113MA5U12346T", "2014-03-10", "", "基础社招", "", ""});
    }

    @Test
    void aRosterWithABadRowImportsNothingThenCorrectedItIsJudgedAndTheDuplicateFlagged(FxRobot robot) throws Exception {
        robot.clickOn("#tab-claims");
        waitUntil(() -> claimsTable(robot).getItems().size() == 2);
        robot.clickOn(claimNo);
        waitUntil(() -> robot.lookup("#claim-title").queryAs(Label.class).getText().startsWith(claimNo));

        writeRoster("110105194912310021");
        robot.clickOn("#claim-importRoster");
        waitUntil(() -> robot.lookup("#import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("未导入任何数据");
        TableView<?> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        assertThat(problems.getItems()).singleElement().asString().contains("row=3", "column=A", "公民身份号码校验位错误");
        robot.clickOn("关闭");
        assertThat(services.database().dsl().fetchCount(CLAIM_LINE)).as("only the earlier claim's line").isEqualTo(1);

        writeRoster("11010519491231002X");
        robot.clickOn("#claim-importRoster");
        waitUntil(() -> robot.lookup(LabeledMatchers.hasText("名单导入完成：3 人已加入申报并完成测算。")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Node.class));
        waitUntil(() -> linesTable(robot).getItems().size() == 3 && flagsTable(robot).getItems().size() == 2);
        assertThat(linesTable(robot).getItems()).extracting(ClaimLine::workerName).containsExactlyInAnyOrder("装配工2", "装配工3", "操作工1");
        assertThat(flagsTable(robot).getItems()).extracting(ClaimFlag::kind)
                .containsExactlyInAnyOrder(FlagKind.SAME_PLACEMENT, FlagKind.R2_CAP_ACROSS_CLAIMS);
        assertThat(robot.lookup("同一用工记录已在其他申报中").tryQuery()).isPresent();
        assertThat(robot.lookup("#claim-totals").queryAs(Label.class).getText()).startsWith("合计 ¥2,100.00（大写：贰仟壹佰元整）");

        robot.interact(() -> flagsTable(robot).getSelectionModel().select(0));
        robot.clickOn("#claim-clearFlag");
        FxText.set(robot, "#clearReason", "前次申报只发放了两个月");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("清除疑点…")).queryAs(Node.class));
        waitUntil(() -> flagsTable(robot).getItems().stream().filter(f -> !f.isOpen()).count() == 1);
        assertThat(flagsTable(robot).getItems()).filteredOn(f -> !f.isOpen()).singleElement()
                .satisfies(f -> assertThat(f.clearedBy()).as("the signed-in name, not typed").isEqualTo("测试"))
                .satisfies(f -> assertThat(f.clearReason()).isEqualTo("前次申报只发放了两个月"));
        waitUntil(() -> claimsTable(robot).getItems().stream().anyMatch(c -> c.claimNo().equals(claimNo) && c.openFlags() == 1));
    }

    /** The placements are built and read the first time their tab is chosen. */
    @Test
    void thePlacementsAreReadWhenTheirTabIsChosen(FxRobot robot) {
        robot.clickOn("#tab-claims");
        waitUntil(() -> claimsTable(robot).getItems().size() == 2);
        assertThat(robot.lookup("#placement-table").tryQuery()).isEmpty();
        robot.clickOn("#claims-placements");
        waitUntil(() -> robot.lookup("#placement-table").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == 1).orElse(false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListSearchesAndFiltersInSqlAndTheOpenClaimsLinesAreSearchable(FxRobot robot) {
        robot.clickOn("#tab-claims");
        waitUntil(() -> claimsTable(robot).getItems().size() == 2);
        robot.clickOn("#claims-search").write(claimNo);
        waitUntil(() -> claimsTable(robot).getItems().size() == 1);
        assertThat(claimsTable(robot).getItems().get(0).claimNo()).isEqualTo(claimNo);
        robot.interact(() -> robot.lookup("#claims-search").queryAs(javafx.scene.control.TextField.class).setText(""));
        waitUntil(() -> claimsTable(robot).getItems().size() == 2);
        javafx.scene.control.ChoiceBox<cn.banan.hrdesk.ui.Choice<Integer>> year = robot.lookup("#claims-yearFilter").queryAs(
                javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> year.getItems().stream().filter(c -> Integer.valueOf(2014).equals(c.value())).findFirst()
                .ifPresent(year::setValue));
        waitUntil(() -> claimsTable(robot).getItems().size() == 1 && !claimsTable(robot).getItems().get(0).claimNo().equals(claimNo));
        String earlier = claimsTable(robot).getItems().get(0).claimNo();
        assertThat(robot.lookup("#claims-pager-summary").queryAs(Label.class).getText()).contains("共 1 条");
        robot.clickOn(earlier);
        waitUntil(() -> linesTable(robot).getItems().size() == 1);
        robot.clickOn("#claim-lineSearch").write("没有这个人");
        waitUntil(() -> linesTable(robot).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#claim-lineSearch").queryAs(javafx.scene.control.TextField.class).setText("操作工1"));
        waitUntil(() -> linesTable(robot).getItems().size() == 1);
        robot.clickOn("#claim-printForm");
        waitUntil(() -> robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("是")).tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAll()).anyMatch(l -> l instanceof Label t && t.getText() != null && t.getText().contains(earlier + " 的审批表已保存到"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("是")).queryAs(Node.class));
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0)).as("the form just written is the one opened").exists();
        assertThat(opened.get(0).getFileName().toString()).endsWith(earlier + ".xlsx");
        robot.clickOn("#claim-back");
        robot.clickOn("#claims-openFlagsOnly");
        waitUntil(() -> claimsTable(robot).getItems().isEmpty());
        assertThat(robot.lookup("#claim-title").queryAs(Label.class).getText()).as("the claim last open stays open behind the list")
                .startsWith(earlier);
    }

    @SuppressWarnings("unchecked")
    static TableView<ClaimSummary> claimsTable(FxRobot robot) {
        return robot.lookup("#claims-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ClaimLine> linesTable(FxRobot robot) {
        return robot.lookup("#claim-lines").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ClaimFlag> flagsTable(FxRobot robot) {
        return robot.lookup("#claim-flags").queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition) {
        FxWait.until(condition);
    }
}
