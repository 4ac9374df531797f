package cn.banan.hrdesk.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.policy.PolicyParameters;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.xlsx.CsvSheetReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table of cases worked out by hand from SPEC.md (src/test/resources/policy/cases.csv, the reason for each
 * beside it in "why"), run through the calculator exactly as {@code evaluate} runs a file: the expected columns
 * ride along and, as CONTRACTS.md allows, are ignored by it.
 */
class PolicyCasesTest {
    @TempDir
    static Path dir;
    static List<Map<String, String>> cases = new ArrayList<>();
    static Map<String, Map<String, String>> results = new HashMap<>();

    @BeforeAll
    static void runTheCalculator() throws Exception {
        Path input = cases();
        read(input, cases);
        Path out = dir.resolve("out.csv");
        PolicyCalculator.Summary s = new PolicyCalculator(List.of(PolicyParameters.V1_2014), TempStore.TEXTS,
                LocalDate.of(2026, 11, 28)).run(input, out);
        assertThat(s.rows()).isEqualTo(cases.size());
        List<Map<String, String>> rows = new ArrayList<>();
        read(out, rows);
        rows.forEach(r -> results.put(r.get("case_id"), r));
    }

    static Path cases() throws URISyntaxException {
        return Path.of(PolicyCasesTest.class.getResource("/policy/cases.csv").toURI());
    }

    @Test
    void thereAreAtLeastSixtyCasesOverEveryRuleAndReason() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).extracting(c -> c.get("rule")).contains("R1", "R2", "R3");
        String all = String.join(";", cases.stream().map(c -> c.get("expected_reasons")).toList());
        for (cn.banan.hrdesk.policy.Reason r : cn.banan.hrdesk.policy.Reason.values()) {
            assertThat(all).as("a case fails with " + r).contains(r.name());
        }
    }

    @TestFactory
    List<DynamicTest> eachCaseComesOutAsWorkedByHand() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("case_id") + ": " + c.get("why"), () -> {
            Map<String, String> r = results.get(c.get("case_id"));
            assertThat(r).as("a result line").isNotNull();
            assertThat(r.get("eligible")).as("eligible").isEqualTo(c.get("expected_eligible"));
            assertThat(r.get("amount_fen")).as("amount_fen").isEqualTo(c.get("expected_amount_fen"));
            assertThat(r.get("months_counted")).as("months_counted").isEqualTo(c.get("expected_months_counted"));
            assertThat(r.get("funding_source")).as("funding_source").isEqualTo(c.get("expected_funding_source"));
            assertThat(r.get("reasons")).as("reasons").isEqualTo(c.get("expected_reasons"));
            assertThat(r.get("reasons_zh").isEmpty()).as("words exactly when there are reasons").isEqualTo(c.get("expected_reasons").isEmpty());
        })).toList();
    }

    @Test
    void reasonsAreInWordsAClerkReads() {
        assertThat(results.get("r3-retention-4").get("reasons_zh")).isEqualTo("五险缴纳不足6个月（实际4个月）；稳岗未满6个月（实际4个月）");
        assertThat(results.get("r1-wrong-tier").get("reasons_zh")).isEqualTo("企业层级不符：应为市级“6+2”重点电子企业，实际为市级信息产业重点配套企业");
        assertThat(results.get("r3-prior-within-12").get("reasons_zh")).isEqualTo("非新招录：入职前12个月内曾在本企业就业（至2013-06-30）");
        assertThat(results.get("r2-paid-3").get("reasons_zh")).isEqualTo("已达补贴上限3个月（已发放3个月）");
        assertThat(results.get("r1-leave-before-hire").get("reasons_zh")).isEqualTo("离职日期（2014-03-09）早于入职日期（2014-03-10）");
    }

    @Test
    void theOutputIsExactlyTheContractsCsv() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.get(0)).isEqualTo("case_id,eligible,amount_fen,months_counted,funding_source,reasons,reasons_zh");
        assertThat(lines).contains("r2-spec-2-months,Y,60000,2,ECONOMIC_PARK,,", "r1-park-none,Y,5000,,DISTRICT_FUND,,");
    }

    static void read(Path csv, List<Map<String, String>> into) {
        List<String> header = new ArrayList<>();
        CsvSheetReader.read(csv, header::addAll, row -> {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), row.texts().getOrDefault(i, "").strip());
            }
            into.add(m);
        });
    }
}
