package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The demo set, with its users and published password, goes only into a database made for it: never into a real
 * site's, however empty its registry.
 */
class DemoDataCommandTest extends CommandLineTest {
    @Test
    void aRealSitesEmptyDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path real = dir.resolve("office.db");
        assertThat(run("--db", real.toString(), "--site", "OFFICE", "init")).isZero();
        String before = sha256(real);
        assertThat(run("--db", real.toString(), "demo-data")).isEqualTo(1);
        assertThat(err).contains("示例数据只能载入专为演示新建的数据库", real.getFileName().toString());
        assertThat(sha256(real)).as("not a byte changed").isEqualTo(before);

        Path demo = dir.resolve("demo.db");
        assertThat(run("--db", demo.toString(), "demo-data")).isZero();
        assertThat(run("--db", demo.toString(), "demo-data")).as("the demo database, once filled, is not filled twice").isEqualTo(1);
        assertThat(err).contains("已有数据");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
