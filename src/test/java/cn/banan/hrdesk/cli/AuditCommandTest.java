package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `audit verify` and `audit export` as a script drives them, with their exit codes (CONTRACTS.md). */
class AuditCommandTest extends CommandLineTest {
    @Test
    void theTrailIsCheckedAndExportedAndAMistypedTableIsNamedNotExportedEmpty() {
        Path db = dir.resolve("demo.db");
        assertThat(run("--db", db.toString(), "demo-data")).isZero();
        assertThat(run("--db", db.toString(), "audit", "verify")).isZero();
        assertThat(out).startsWith("操作日志完好");

        Path none = dir.resolve("none.xlsx");
        assertThat(run("--db", db.toString(), "audit", "export", none.toString(), "--table", "enterprize")).isEqualTo(1);
        assertThat(err).contains("没有表“enterprize”", "enterprise");
        assertThat(none).doesNotExist();

        Path some = dir.resolve("enterprises.xlsx");
        assertThat(run("--db", db.toString(), "audit", "export", some.toString(), "--table", "enterprise")).isZero();
        assertThat(err).contains("已写出 60 条操作日志");
        assertThat(some).exists();
    }
}
