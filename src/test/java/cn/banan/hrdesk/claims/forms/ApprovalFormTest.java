package cn.banan.hrdesk.claims.forms;

import static cn.banan.hrdesk.testing.TwoFundClaim.FINANCE;
import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON_2;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.claims.workflow.StepRequest;
import cn.banan.hrdesk.cli.Cli;
import cn.banan.hrdesk.core.ChineseAmount;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.policy.FundingSource;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 招工补贴审批表 opened again with POI: page setup, print area, totals and 大写 against the claim, the step boxes. */
class ApprovalFormTest {
    @TempDir
    Path dir;

    static List<String> texts(Sheet sheet) {
        List<String> all = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    all.add(c.getStringCellValue());
                }
            }
        }
        return all;
    }

    static double number(Sheet sheet, String labelRight) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(labelRight)) {
                    return r.getCell(c.getColumnIndex() + 2).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no cell " + labelRight);
    }

    @Test
    void aReviewedClaimPrintsOnA4PortraitWithItsTotalsAndTheNamesOfThoseWhoDecided() throws Exception {
        Path form = dir.resolve("form.xlsx");
        String claimNo;
        String ledgerHead;
        String trailHead;
        try (Services s = TempStore.open(dir)) {
            TwoFundClaim c = new TwoFundClaim(s);
            claimNo = c.claimNo;
            for (var step : List.of(new Object[] {LIAISON, Step.INTAKE}, new Object[] {LIAISON_2, Step.FIRST_CHECK},
                    new Object[] {REVIEWER, Step.REVIEW})) {
                s.session().signIn((Actor) step[0]);
                s.workflow().perform(StepRequest.pass(c.claimId, (Step) step[1]));
            }
            s.session().signIn(FINANCE);
            s.workflow().perform(StepRequest.pass(c.claimId, Step.FUNDING, FundingSource.DISTRICT_FUND));
            s.session().signIn(GENERAL);
            s.forms().write(c.claimId, form);
            var dsl = s.database().dsl();
            ledgerHead = dsl.fetchOne("SELECT seq || ' 条，末条 ' || substr(hash, 1, 12) FROM ledger_entry WHERE origin_site = 'OFFICE' ORDER BY seq DESC LIMIT 1")
                    .get(0, String.class);
            trailHead = dsl.fetchOne("SELECT seq || ' 条，末条 ' || substr(hash, 1, 12) FROM audit_entry WHERE origin_site = 'OFFICE' ORDER BY seq DESC LIMIT 1")
                    .get(0, String.class);
            s.session().signIn(REVIEWER);
            s.forms().write(c.claimId, dir.resolve("reviewer.xlsx"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(form))) {
            assertThat(wb.getNumberOfSheets()).as("two lines fit on the form: no attachment").isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            PrintSetup ps = sheet.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).as("portrait").isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).as("one page wide").isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).as("as many pages tall as needed").isZero();
            assertThat(wb.getPrintArea(0)).startsWith("审批表!$A$1:$H$");
            assertThat(sheet.getRepeatingRows().formatAsString()).as("title and form number on every page").isEqualTo("1:2");
            assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
            assertThat(sheet.getColumnWidth(7)).as("fixed widths").isEqualTo(21 * 256 + 128);
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");

            Money total = Money.ofYuan(1800);
            assertThat(Math.round(number(sheet, "合计金额（小写，元）") * 100)).as("900 + 900 yuan, see TwoFundClaim").isEqualTo(total.fen());
            List<String> cells = texts(sheet);
            assertThat(cells).as("a real database's form: no demo mark").contains("招工补贴审批表", ChineseAmount.of(total), "巴南人力资源公司", "巴南府办发〔2014〕44号",
                    "操作工甲", "操作工乙");
            assertThat(cells).anyMatch(t -> t.startsWith("表单编号：SPB-" + claimNo) && t.contains("待拨付审批"));
            assertThat(cells).as("the chains' heads as they stood, so a rewritten file no longer matches the signed paper")
                    .anyMatch(t -> t.contains("资金台账 " + ledgerHead) && t.contains("操作日志 " + trailHead));
            assertThat(cells).anyMatch(t -> t.contains("通过") && t.contains("人社局审核员") && t.contains("2026-11-28"));
            assertThat(cells).anyMatch(t -> t.contains("财政局审批人"));
            assertThat(cells).as("the park's approval and both payments are not done: blank boxes to sign")
                    .filteredOn(t -> t.contains("年　　月　　日")).hasSize(3);
            assertThat(cells).as("printed by 综合管理部, who may not see personal data: ID numbers masked")
                    .doesNotContain("500113199001011235", "6228480000000000011").contains("****0011").noneMatch(t -> t.contains("个人身份信息"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("reviewer.xlsx")))) {
            assertThat(texts(wb.getSheetAt(0))).as("the reviewer checks IDs against papers: in full, and the form says so")
                    .contains("500113199001011235", "6228480000000000011").anyMatch(t -> t.contains("个人身份信息"));
        }
    }

    @Test
    void aLongClaimGetsASummaryAndAnAttachedListAndTheCommandLineWritesFormsOneByOneOrInABatch() throws Exception {
        Path db = dir.resolve("hrdesk.db");
        String claimNo;
        try (Services s = TempStore.open(dir)) {
            TwoFundClaim c = new TwoFundClaim(s);
            claimNo = c.claimNo;
            String park = s.claims().lines(c.claimId).get(0).placementId();
            String enterprise = s.placements().find(park).orElseThrow().enterpriseId();
            List<String> more = new ArrayList<>();
            String[] ids = {"110101199003070118", "110101199003070134", "110101199003070150", "110101199003070177", "110101199003070193",
                "110101199003070214", "110101199003070230", "110101199003070257", "110101199003070273", "11010119900307029X", "110101199003070310"};
            for (int i = 0; i < ids.length; i++) {
                String w = s.parties().save(new Worker(null, ids[i], "装配工" + i, null, TargetGroup.OTHER));
                more.add(s.placements().save(new PlacementForm(null, w, enterprise, c.agency, Channel.BASIC_SOCIAL, LocalDate.of(2014, 4, 1), null,
                        null, "", null)));
            }
            s.claims().addPlacements(c.claimId, more);
            assertThat(s.claims().lines(c.claimId)).hasSize(13);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Path one = dir.resolve("one.xlsx");
        assertThat(cli.run("--db", db.toString(), "forms", "approval", "--claim", claimNo, "--out", one.toString())).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(one))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(texts(wb.getSheetAt(0))).contains("本申报共 13 人，符合条件 13 人，明细见附表《补贴明细》。").doesNotContain("装配工3");
            Sheet list = wb.getSheetAt(1);
            assertThat(list.getLastRowNum()).as("title, header and 13 lines").isEqualTo(14);
            assertThat(texts(list)).contains("装配工10", "操作工甲");
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(list.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(wb.getPrintArea(1)).isNotNull();
        }
        Path folder = dir.resolve("forms");
        assertThat(cli.run("--db", db.toString(), "forms", "batch", "--out", folder.toString(), "--status", "INTAKE")).isEqualTo(Cli.OK);
        assertThat(folder.resolve(claimNo + ".xlsx")).exists();
        assertThat(cli.run("--db", db.toString(), "forms", "batch", "--out", dir.resolve("none").toString(), "--status", "ARCHIVED")).isEqualTo(Cli.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("已生成 1 份审批表", "已生成 0 份审批表");
        assertThat(cli.run("--db", db.toString(), "forms", "approval", "--claim", "2099-OFC-9999", "--out", one.toString()))
                .isEqualTo(Cli.INPUT_PROBLEMS);
    }
}
