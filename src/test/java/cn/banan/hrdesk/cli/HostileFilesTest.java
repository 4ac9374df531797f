package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.claims.ClaimForm;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.policy.Rule;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Intermediary;
import cn.banan.hrdesk.registry.IntermediaryKind;
import cn.banan.hrdesk.testing.ChildProgram;
import cn.banan.hrdesk.testing.RawXlsx;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file that once ran the program out of memory, fed to every command that reads it, in a JVM of 256 MB: exit 1,
 * a Chinese sentence naming the file and the limit, no stack trace, and the database byte for byte as it was.
 */
class HostileFilesTest {
    private static final String HEAP = "256m";
    @TempDir
    static Path dir;
    static Path db;
    static String claimNo;

    @BeforeAll
    static void makeDatabaseAndFiles() throws Exception {
        try (Services s = TempStore.open(dir)) {
            s.enterprises().save(new EnterpriseForm(null, "乙配套", "91500113MA5U12346T", Park.ECONOMIC_PARK, "", "", "",
                    Tier.T2_IT_SUPPORT, LocalDate.of(2014, 1, 1)));
            String a = s.parties().save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构A", "52500113123456788D", null, "A", "行", "62220000000000001"));
            claimNo = s.claims().find(s.claims().create(new ClaimForm(Rule.R2, a, 2015, LocalDate.of(2014, 12, 31), null)))
                    .orElseThrow().claimNo();
        }
        db = dir.resolve("hrdesk.db");
        // sheet data that inflates past 1 GB before the header row: the reader must go through it, holding nothing
        new RawXlsx(RawXlsx.sequence(RawXlsx.repeated(" ".repeat(1024), 1_100_000), RawXlsx.text(RawXlsx.row(1, "企业名称"))))
                .claimSize(RawXlsx.SHEET, 4096).write(dir.resolve("bomb.xlsx"));
        // two million shared strings, past their 32 MB limit: what the reader holds until it refuses fits in 256 MB
        new RawXlsx(RawXlsx.text("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>")).part(RawXlsx.STRINGS, RawXlsx.sequence(
                RawXlsx.text("<sst>"), RawXlsx.repeated("<si><t>x</t></si>", 33_554_432 / 17 + 1), RawXlsx.text("</sst>")))
                .claimSize(RawXlsx.STRINGS, 100).write(dir.resolve("strings.xlsx"));
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 16_384; c++) {
            wide.append("<c t=\"inlineStr\"><is><t>").append("列".repeat(200)).append("</t></is></c>");
        }
        new RawXlsx(RawXlsx.text(wide.append("</row>").toString())).write(dir.resolve("wide.xlsx"));
        Files.writeString(dir.resolve("quote.csv"), "case_id,rule,enterprise_tier,worker_id,hire_date,cutoff_date\n1,\"R2\n" + "2,R2\n".repeat(2_000_000), StandardCharsets.UTF_8);
    }

    /** Each file with each command that reads its kind (the imports take .xlsx only). */
    static Stream<Arguments> hostileFiles() {
        Stream<Arguments> workbooks = Stream.of("bomb.xlsx", "strings.xlsx", "wide.xlsx").flatMap(f -> Stream.of(
                Arguments.of(f, List.of("import-enterprises", f)),
                Arguments.of(f, List.of("import-roster", f, "--claim", "CLAIM")),
                Arguments.of(f, List.of("evaluate", f, "--out", "out.csv")),
                Arguments.of(f, List.of("validate", "--file", f))));
        Stream<Arguments> csv = Stream.of(
                Arguments.of("quote.csv", List.of("evaluate", "quote.csv", "--out", "out.csv")),
                Arguments.of("quote.csv", List.of("validate", "--file", "quote.csv")));
        return Stream.concat(workbooks, csv);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostileFiles")
    void isRefusedInWordsWithTheDatabaseUntouched(String file, List<String> command) throws Exception {
        String before = digest(db);
        List<String> args = Stream.concat(Stream.of("--db", db.toString()), command.stream()
                .map(a -> a.equals("CLAIM") ? claimNo : a.equals(file) || a.equals("out.csv") ? dir.resolve(a).toString() : a)).toList();
        ChildProgram.Run run = ChildProgram.run(dir, HEAP, args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(file).containsPattern("[\\u4e00-\\u9fa5]{4}").contains("数据没有改动")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("内存不足");
        assertThat(run.out()).doesNotContain("Exception");
        assertThat(digest(db)).as("the database is byte for byte as it was").isEqualTo(before);
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void aMillionRowEnterpriseFileIsReadWithFlatMemoryAndEveryBadRowNamed() throws Exception {
        String header = RawXlsx.row(1, "企业名称", "统一社会信用代码", "所在园区", "企业层级", "层级生效日期", "地址", "行业", "备注");
        Path file = new RawXlsx(RawXlsx.sequence(RawXlsx.text(header),
                out -> {
                    for (int r = 2; r <= 1_048_576; r++) {
                        out.write(RawXlsx.row(r, "企业" + r, "BAD" + r).getBytes(StandardCharsets.UTF_8));
                    }
                })).write(dir.resolve("million.xlsx"));
        String before = digest(db);
        ChildProgram.Run run = ChildProgram.run(dir, HEAP, "--db", db.toString(), "import-enterprises", file.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("读取 1,048,575 行，导入 0 行").doesNotContain("Exception");
        assertThat(run.out()).as("the last bad row is printed, as every one before it").contains("1048576\t");
        assertThat(digest(db)).isEqualTo(before);
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
