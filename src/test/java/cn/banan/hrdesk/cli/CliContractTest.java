package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What scripts and clerks meet at the command line beyond the happy path: unknown words, missing files, leftovers. */
class CliContractTest extends CommandLineTest {
    @Test
    void anUnknownCommandExitsTwoNamingItEvenWithHelpAfterIt() {
        assertThat(run("nosuch", "--help")).isEqualTo(2);
        assertThat(err).contains("nosuch", "validate");
        assertThat(out).isEmpty();
        assertThat(run("--db", dir.resolve("x.db").toString(), "nosuch")).isEqualTo(2);
        assertThat(err).contains("nosuch");
        assertThat(Files.exists(dir.resolve("x.db"))).as("nothing opened").isFalse();
        assertThat(run("--db", dir.resolve("x.db").toString(), "claims", "--help")).as("a real command after --db").isZero();
    }

    @Test
    void aMistypedDbIsNamedAndNeverMadeExceptByTheCommandsThatCreateData() {
        Path typo = dir.resolve("hrdsek.db");
        for (String[] command : new String[][] {{"ledger", "verify"}, {"claims", "list"}, {"export-ledgers", "--out", dir.resolve("x").toString()},
            {"forms", "batch", "--out", dir.resolve("f").toString()}, {"export-enterprises", dir.resolve("e.xlsx").toString()}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = typo.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err).contains("找不到数据库文件", "hrdsek.db");
            assertThat(out).as("no false pass on stdout").isEmpty();
            assertThat(Files.exists(typo)).as("nothing made at the mistyped path").isFalse();
        }
        assertThat(run("--db", typo.toString(), "demo-data")).as("a command that creates data makes it").isZero();
        assertThat(Files.exists(typo)).isTrue();
    }

    @Test
    void noOutputIsWrittenOverTheDatabaseWhateverPathLeadsThere() throws Exception {
        Path db = dir.resolve("site").resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).as(err).isZero();
        byte[] before = Files.readAllBytes(db);
        Path link = dir.resolve("looks-harmless.xlsx");
        Files.createSymbolicLink(link, db);
        Path hard = dir.resolve("hard-link.xlsx");
        Files.createLink(hard, db);
        Path dotted = dir.resolve("site").resolve("..").resolve("site").resolve("demo.db");
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "case_id,rule\nx,R1\n");
        String year = String.valueOf(cn.banan.hrdesk.core.BusinessTime.today().getYear() - 2);
        List<String[]> attempts = List.of(
                new String[] {"forms", "approval", "--claim", year + "-OFC-0001", "--out", db.toString()},
                new String[] {"export-enterprises", link.toString()},
                new String[] {"export-enterprises", hard.toString()},
                new String[] {"evaluate", cases.toString(), "--out", dotted.toString()},
                new String[] {"backup", "--out", db.toString()},
                new String[] {"roster-template", db.resolveSibling("demo.db-wal").toString()},
                new String[] {"import-enterprises", cases.toString(), "--good-rows-only", "--errors", db.resolveSibling("demo.db.lock").toString()});
        for (String[] attempt : attempts) {
            String[] args = new String[attempt.length + 2];
            args[0] = "--db";
            args[1] = db.toString();
            System.arraycopy(attempt, 0, args, 2, attempt.length);
            assertThat(run(args)).as(String.join(" ", attempt) + ": " + err).isEqualTo(1);
            assertThat(err).contains("正在使用的数据库");
        }
        assertThat(Files.readAllBytes(db)).as("the database is as it was").isEqualTo(before);
        assertThat(run("--db", db.toString(), "ledger", "verify")).isZero();
        try (Stream<Path> left = Files.list(db.getParent())) {
            // beside the database: the database and the demo's attached papers, nothing else
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("demo.db", "demo-附件");
        }
    }

    @Test
    void aMissingCsvIsNotFoundNotBroken() {
        assertThat(run("evaluate", dir.resolve("missing.csv").toString(), "--out", dir.resolve("r.csv").toString())).isEqualTo(1);
        assertThat(err).contains("找不到文件", "missing.csv").doesNotContain("损坏");
    }

    @Test
    void claimsListKeepsItsFiveColumnsThenGivesTheNumberTheStatusInWordsAndYuan() throws Exception {
        Path db = dir.resolve("site").resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).as(err).isZero();
        assertThat(run("--db", db.toString(), "claims", "list")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id\tclaimant\trule\tstatus\tamount_fen\tnumber\tstatus_zh\tamount_yuan");
        assertThat(lines).hasSize(9);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(8);
            assertThat(f[5]).matches("\\d{4}-[A-Z]{3,}-\\d{4}");
            assertThat(f[6]).isEqualTo(TempStore.TEXTS.label(ClaimStatus.valueOf(f[3])));
            long fen = Long.parseLong(f[4]);
            assertThat(f[7]).isEqualTo(fen / 100 + "." + String.format("%02d", fen % 100));
        }
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "case_id,rule,enterprise_tier,park,worker_id,hire_date,cutoff_date,task_type,hire_confirmed\n"
                + "x,R1,T1_ELECTRONICS,NONE,500113199001011235,2014-03-10,2014-12-31,BASIC,Y\n");
        assertThat(run("--db", db.toString(), "evaluate", cases.toString(), "--out", dir.resolve("r.csv").toString())).as(err).isZero();
        assertThat(run("--db", db.toString(), "backup", "--out", dir.resolve("copy.db").toString())).as(err).isZero();
        try (Stream<Path> carried = Files.walk(dir.resolve("copy-附件"))) {
            assertThat(carried.filter(Files::isRegularFile).count()).as("the demo's two scanned papers beside the copy").isEqualTo(2);
        }
        assertThat(run("--db", db.toString(), "ledger", "verify")).as(err).isZero();
        try (Stream<Path> left = Files.list(db.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no -wal, -shm or .lock left behind by any of them")
                    .containsExactlyInAnyOrder("demo.db", "demo-附件");
        }
    }

    @Test
    void aFormPrintedAtTheCommandLineMasksIdNumbersUnlessAskedForThemInFull() throws Exception {
        Path db = dir.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).as(err).isZero();
        Path masked = dir.resolve("masked.xlsx");
        Path full = dir.resolve("full.xlsx");
        // the demo begins two years before today
        String claim = (cn.banan.hrdesk.core.BusinessTime.today().getYear() - 2) + "-OFC-0001";
        assertThat(run("--db", db.toString(), "forms", "approval", "--claim", claim, "--out", masked.toString())).as(err).isZero();
        assertThat(run("--db", db.toString(), "forms", "approval", "--claim", claim, "--out", full.toString(), "--full-ids"))
                .as(err).isZero();
        // a resident ID number: region, a birth date of 19xx/20xx, sequence and check
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\d{6}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9X]");
        assertThat(cells(masked)).noneMatch(t -> id.matcher(t).find()).anyMatch(t -> t.contains("********"));
        assertThat(cells(full)).anyMatch(t -> id.matcher(t).find()).anyMatch(t -> t.contains("个人身份信息"));
    }

    private static List<String> cells(Path xlsx) throws Exception {
        List<String> all = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> all.add(c.toString()))));
        }
        return all;
    }

    @Test
    void theRosterTemplateNeedsNoDatabase() throws Exception {
        Path file = dir.resolve("申报名单.xlsx");
        assertThat(run("--db", dir.resolve("none.db").toString(), "roster-template", file.toString())).as(err).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> header = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach((Cell c) -> header.add(c.getStringCellValue()));
            assertThat(header).contains("身份证号", "姓名", "入职日期");
        }
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    }

    @Test
    void everyCommandsSummaryInTheRootHelpIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        collect(new CommandLine(new RootCommand(TempStore.TEXTS)), cut);
        assertThat(cut).as("first description lines that do not end a sentence").isEmpty();
    }

    private static void collect(CommandLine cl, List<String> cut) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String first = sub.getCommandSpec().usageMessage().description()[0];
            if (!first.endsWith(".") && !first.endsWith("。") && !first.endsWith(")") && !first.endsWith("）")) {
                cut.add(sub.getCommandName() + ": " + first);
            }
            collect(sub, cut);
        }
    }
}
