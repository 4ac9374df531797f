package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The exchange as a script drives it (CONTRACTS.md): init, card, pair, export, import, status, with their exit codes. */
class ExchangeCommandTest extends CommandLineTest {
    static final String FINGERPRINT = "[0-9A-F]{4}(-[0-9A-F]{4}){7}";

    String db(String name) {
        return dir.resolve(name + ".db").toString();
    }

    String card(String site) {
        assertThat(run("--db", db(site), "exchange", "card", "--out", dir.resolve(site + ".card").toString())).isZero();
        assertThat(out.strip()).matches(FINGERPRINT);
        return out.strip();
    }

    @Test
    void twoSitesMadeByInitPairExchangeAndReport() throws Exception {
        // the office is a demo database (the demo set goes only into a database made for it); the park is made by init
        assertThat(run("--db", db("office"), "--site", "OFFICE", "demo-data")).isZero();
        assertThat(run("--db", db("office"), "--site", "OFFICE", "init")).as("init never touches a database that is there").isEqualTo(1);
        assertThat(err).contains("已存在");
        assertThat(run("--db", db("park"), "--site", "ECONOMIC_PARK", "init")).isZero();

        String office = card("office");
        String park = card("park");
        String parkCard = dir.resolve("park.card").toString();
        String officeCard = dir.resolve("office.card").toString();
        assertThat(run("--db", db("office"), "exchange", "pair", parkCard, "--fingerprint", office)).as("the fingerprint read out differs")
                .isEqualTo(1);
        assertThat(err).contains("不一致");
        assertThat(run("--db", db("office"), "exchange", "pair", parkCard, "--fingerprint", park.toLowerCase().replace("-", " "))).isZero();
        assertThat(run("--db", db("office"), "exchange", "pair", parkCard)).as("the same key again changes nothing").isZero();
        assertThat(err).contains("配对过");
        assertThat(run("--db", db("park"), "exchange", "pair", officeCard, "--fingerprint", office)).isZero();

        Path pkg = dir.resolve("to-park.hrdx");
        assertThat(run("--db", db("office"), "exchange", "export", "--to", "ECONOMIC_PARK", "--out", pkg.toString())).isZero();
        assertThat(out).matches("rows\t[1-9][0-9]*\n");
        long rows = Long.parseLong(out.strip().split("\t")[1]);
        byte[] bytes = Files.readAllBytes(pkg);
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).as("no amounts, ID numbers or names readable in the package").doesNotContain("巴南", "500113", "91500113",
                "人力资源");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("巴南", "有限公司", "人力资源");

        assertThat(run("--db", db("office"), "exchange", "import", pkg.toString())).as("its own package").isEqualTo(1);
        assertThat(err).contains("本站自己导出的");
        assertThat(run("--db", db("park"), "exchange", "import", pkg.toString())).isZero();
        assertThat(err).contains("已导入", String.format("%,d 行", rows));
        assertThat(run("--db", db("park"), "exchange", "import", pkg.toString())).as("a second import").isZero();
        assertThat(err).contains("已经导入过");
        assertThat(run("--db", db("park"), "ledger", "verify")).isZero();

        assertThat(run("--db", db("park"), "exchange", "status")).isZero();
        assertThat(out).isEqualTo("peer\tsent\tacknowledged\treceived\tconflicts\nOFFICE\t0\t0\t1\t0\n");
        Path back = dir.resolve("to-office.hrdx");
        assertThat(run("--db", db("park"), "exchange", "export", "--to", "OFFICE", "--out", back.toString())).isZero();
        assertThat(run("--db", db("office"), "exchange", "import", back.toString())).isZero();
        assertThat(run("--db", db("office"), "exchange", "status")).isZero();
        assertThat(out).isEqualTo("peer\tsent\tacknowledged\treceived\tconflicts\nECONOMIC_PARK\t1\t1\t1\t0\n");

        assertThat(run("--db", db("park"), "exchange", "export", "--to", "LOGISTICS_BASE", "--out", dir.resolve("x.hrdx").toString()))
                .as("not paired").isEqualTo(1);
        assertThat(err).contains("还没有与", "配对");
        assertThat(run("--db", db("park"), "exchange", "export", "--to", "OFFICE", "--out", db("park"))).as("onto its own database")
                .isEqualTo(1);
        assertThat(run("--db", db("missing"), "exchange", "status")).isEqualTo(1);
    }

    @Test
    void aSiteIsRePairedWithNewKeysOnlyWhenAskedTo() {
        run("--db", db("office"), "--site", "OFFICE", "init");
        run("--db", db("park"), "--site", "ECONOMIC_PARK", "init");
        run("--db", db("park2"), "--site", "ECONOMIC_PARK", "init");
        card("park");
        String renewed = card("park2");
        assertThat(run("--db", db("office"), "exchange", "pair", dir.resolve("park.card").toString())).isZero();
        assertThat(run("--db", db("office"), "exchange", "pair", dir.resolve("park2.card").toString())).isEqualTo(1);
        assertThat(err).contains("密钥不同", renewed);
        assertThat(run("--db", db("office"), "exchange", "pair", dir.resolve("park2.card").toString(), "--replace")).isZero();
        assertThat(err).contains("新的密钥");
        Path junk = dir.resolve("junk.card");
        assertThat(run("--db", db("office"), "exchange", "pair", junk.toString())).as("no such file").isEqualTo(1);
    }
}
