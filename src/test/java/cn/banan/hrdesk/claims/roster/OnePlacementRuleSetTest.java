package cn.banan.hrdesk.claims.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.Workbooks;
import cn.banan.hrdesk.xlsx.CellProblem;
import cn.banan.hrdesk.xlsx.ImportMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A placement's facts meet one set of rules: typed into the placement form or read from a roster row, the same fault gets the same words. */
class OnePlacementRuleSetTest {
    static final String[] HEADER = {"身份证号", "姓名", "用工企业统一社会信用代码", "入职日期", "离职日期", "招聘渠道", "入职确认日期", "五险缴纳月份", "任务编号"};
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    Services s;
    Claim claim;
    String enterprise;
    String agency;
    String worker;

    @BeforeEach
    void setUp() {
        s = TempStore.open(dir);
        enterprise = s.enterprises().save(new EnterpriseForm(null, "乙配套", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
        agency = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "A", "行", "62220000000000001"));
        worker = s.parties().save(new Worker(null, "440301198002290015", "装配工2", null, TargetGroup.OTHER));
        claim = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, agency, 2015, LocalDate.of(2014, 12, 31), null))).orElseThrow();
    }

    @AfterEach
    void close() {
        s.close();
    }

    // fault | hire | leave | channel | confirmed | insured | task | the form's field | the roster's column
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "left before the hire      | 2014-04-01 | 2014-03-31 | 基础社招 | -          | -               | -     | leaveDate     | E",
        "confirmed before the hire | 2014-04-01 | -          | 基础社招 | 2014-03-20 | -               | -     | confirmedOn   | G",
        "insured months unreadable | 2014-04-01 | -          | 基础社招 | -          | 2014-13         | -     | insuredMonths | H",
        "insured range backwards   | 2014-04-01 | -          | 基础社招 | -          | 2014-09~2014-05 | -     | insuredMonths | H",
        "a task no one keeps       | 2014-04-01 | -          | 基础社招 | -          | -               | CQ-99 | taskRef       | I",
        "no channel                | 2014-04-01 | -          | -        | -          | -               | -     | channel       | F",
        "no hire day               | -          | -          | 基础社招 | -          | -               | -     | hireDate      | D",
    })
    void theFormAndTheRosterNameTheSameFaultInTheSameWords(String fault, String hire, String leave, String channel, String confirmed,
                                                           String insured, String task, String field, String column) throws Exception {
        PlacementForm form = new PlacementForm(null, worker, enterprise, agency, channel == null ? null : Channel.BASIC_SOCIAL, date(hire),
                date(confirmed), date(leave), insured == null ? "" : insured, task);
        List<FieldProblem> typed = s.placements().check(form);
        assertThat(typed).extracting(FieldProblem::field).as("the form").containsExactly(field);
        String words = s.texts().get(typed.get(0).key(), typed.get(0).args().toArray());

        Path roster = Workbooks.write(dir.resolve("roster.xlsx"), HEADER, new String[] {"440301198002290015", "装配工2", "91500113MA5U12346T",
            blank(hire), blank(leave), blank(channel), blank(confirmed), blank(insured), blank(task)});
        List<CellProblem> read = s.rosterImport().run(claim, roster, ImportMode.ALL_OR_NOTHING, null, Progress.NONE).problems();
        assertThat(read).extracting(p -> p.row() + p.column() + " " + p.message()).as("the roster").containsExactly("2" + column + " " + words);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
