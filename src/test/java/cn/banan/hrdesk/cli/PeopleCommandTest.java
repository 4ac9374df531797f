package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `people find` in the columns CONTRACTS.md gives, ID numbers masked unless --full-ids. */
class PeopleCommandTest extends CommandLineTest {
    @Test
    void aPersonsRecordsComeOutTabSeparatedAndMasked() {
        String claimNo;
        try (Services s = TempStore.open(dir)) {
            claimNo = new TwoFundClaim(s).claimNo;
        }
        Path db = dir.resolve("hrdesk.db");
        assertThat(run("--db", db.toString(), "people", "find", "操作工甲")).isZero();
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("resident_id\tname\trecord\tenterprise\tdate\tclaim\trule\tresult\tamount_fen");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo("500113********1235\t操作工甲\tplacement\t乙配套有限公司\t2014-03-10\t\t\t\t");
        assertThat(lines[2]).startsWith("500113********1235\t操作工甲\tclaim_line\t乙配套有限公司\t2014-03-10\t" + claimNo + "\tR2\t");
        assertThat(run("--db", db.toString(), "people", "find", "500113199001011235", "--full-ids")).isZero();
        assertThat(out.split("\n")[1]).startsWith("500113199001011235\t操作工甲\tplacement");
        assertThat(run("--db", db.toString(), "people", "find", "无此人")).isZero();
        assertThat(out.strip().split("\n")).hasSize(1);
        assertThat(err).contains("没有找到");
    }
}
