package cn.banan.hrdesk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.reports.ReportLine;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leading group kept with dates: a 副组长 serves to 2026-06-14 and the next from 06-15, so May's report names the
 * first, July's the second, and June's both, each saying when; June's meeting counts who came.
 */
class LeadingGroupTest {
    @TempDir
    Path dir;
    Services s;
    String leader;
    String first;
    String second;
    String unit;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        leader = member(GroupPosition.LEADER, "区政府", "常务副区长", "", LocalDate.of(2026, 1, 6), null);
        first = member(GroupPosition.DEPUTY_LEADER, "区教委", "主任", "", LocalDate.of(2026, 1, 6), LocalDate.of(2026, 6, 14));
        second = member(GroupPosition.DEPUTY_LEADER, "区教委", "新任主任", "", LocalDate.of(2026, 6, 15), null);
        unit = member(GroupPosition.MEMBER_UNIT, "区财政局", "分管副局长", "联络员甲", LocalDate.of(2026, 1, 6), null);
    }

    @AfterEach
    void close() {
        s.close();
    }

    String member(GroupPosition position, String unitName, String name, String liaison, LocalDate from, LocalDate to) {
        Map<String, Object> v = new HashMap<>();
        v.put("position", position);
        v.put("unit", unitName);
        v.put("name", name);
        v.put("liaison", liaison);
        v.put("serves_from", from);
        v.put("serves_to", to);
        return s.registers().save(LeadingGroupRegisters.MEMBERS, null, v);
    }

    String attended(String meeting, String member, Presence presence, String standIn) {
        return s.registers().save(LeadingGroupRegisters.ATTENDANCE, null, Map.of("meeting_id", meeting, "member_id", member, "presence", presence,
                "stand_in", standIn));
    }

    List<String> group(YearMonth month) {
        return s.monthlyReport().lines(month).stream().filter(l -> l.section().startsWith("领导小组组成"))
                .map(l -> l.item() + "｜" + l.count()).toList();
    }

    @Test
    void eachMonthsReportNamesTheGroupAsItStoodAndTheMonthsMeetingsWithWhoCame() throws Exception {
        assertThat(group(YearMonth.of(2026, 5))).containsExactly("组长 · 区政府｜常务副区长", "副组长 · 区教委｜主任", "成员单位 · 区财政局｜分管副局长 联络员：联络员甲");
        assertThat(group(YearMonth.of(2026, 6))).as("both, in the order they served, each saying when").containsExactly(
                "组长 · 区政府｜常务副区长", "副组长 · 区教委｜主任 任至 2026-06-14", "副组长 · 区教委｜新任主任 2026-06-15 起任",
                "成员单位 · 区财政局｜分管副局长 联络员：联络员甲");
        assertThat(group(YearMonth.of(2026, 7))).containsExactly("组长 · 区政府｜常务副区长", "副组长 · 区教委｜新任主任", "成员单位 · 区财政局｜分管副局长 联络员：联络员甲");
        assertThat(group(YearMonth.of(2025, 12))).as("before the group was set up").containsExactly("领导小组组成未登记｜");

        String meeting = s.registers().save(OfficeRegisters.MEETINGS, null, Map.of("held_on", LocalDate.of(2026, 6, 10), "title", "年中调度会"));
        attended(meeting, leader, Presence.REPRESENTED, "办公室主任");
        attended(meeting, first, Presence.PRESENT, "");
        attended(meeting, unit, Presence.PRESENT, "");
        assertThatThrownBy(() -> attended(meeting, unit, Presence.ABSENT, "")).as("one row a member a meeting")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.key())
                        .containsExactly("member_id:registers.problem.duplicate"));
        List<ReportLine> june = s.monthlyReport().lines(YearMonth.of(2026, 6));
        assertThat(june).filteredOn(l -> l.section().equals("本月会议")).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo("2026-06-10 年中调度会");
            assertThat(l.count()).isEqualTo("出席 2，委托 1，缺席 0");
        });
        assertThat(s.monthlyReport().lines(YearMonth.of(2026, 7))).noneMatch(l -> l.section().equals("本月会议"));

        Path out = dir.resolve("月报.xlsx");
        s.monthlyReport().write(YearMonth.of(2026, 6), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).as("the group heads the report").isEqualTo("领导小组组成");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("组长 · 区政府");
        }
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefusedAtItsEnd() {
        assertThatThrownBy(() -> member(GroupPosition.OFFICE_DEPUTY, "区经信委", "副主任", "", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.key())
                        .containsExactly("serves_to:registers.problem.endsBeforeStart"));
        assertThat(s.registers().page(LeadingGroupRegisters.MEMBERS, "", 0, 50).total()).as("nothing stored").isEqualTo(4);
    }
}
