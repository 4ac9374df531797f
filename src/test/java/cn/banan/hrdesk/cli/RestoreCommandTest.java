package cn.banan.hrdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * `restore` puts a checked backup in place of the database and keeps the database as it was; a damaged backup, a
 * file that is not one, another site's backup unconfirmed, and a database that is open are refused, changing nothing.
 */
class RestoreCommandTest extends CommandLineTest {
    @Test
    void aBackupComesBackAndTheDatabaseAsItWasIsKept() throws Exception {
        Path db = dir.resolve("office.db");
        assertThat(run("--db", db.toString(), "--site", "OFFICE", "init")).isZero();
        List<String> keys = keys(db);
        Path backup = dir.resolve("stick/backup.db");
        assertThat(run("--db", db.toString(), "backup", "--out", backup.toString())).isZero();
        try (Database open = Database.open(db)) {
            new cn.banan.hrdesk.store.LocalSettings(open.dsl()).put("test.marker", "written after the backup");
        }
        assertThat(marker(db)).isEqualTo(1);

        assertThat(run("--db", db.toString(), "restore", "--from", backup.toString())).as(err).isZero();
        assertThat(err).contains("已从", "恢复数据库", "领导小组办公室", "恢复前的数据库保存在");
        assertThat(marker(db)).as("as it was when backed up").isZero();
        assertThat(keys(db)).as("this machine's keys stay, so its pairings hold").isEqualTo(keys);
        Path safety = Path.of(err.replaceAll("(?s).*恢复前的数据库保存在：(\\S+).*", "$1").strip());
        assertThat(safety).exists().hasParent(db.getParent());
        assertThat(marker(safety)).as("the safety copy holds what was replaced").isEqualTo(1);
        assertThat(run("--db", db.toString(), "audit", "export", dir.resolve("trail.xlsx").toString(), "--table", "local_setting")).isZero();
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndNothingChanges() throws Exception {
        Path db = dir.resolve("office.db");
        assertThat(run("--db", db.toString(), "--site", "OFFICE", "init")).isZero();
        Path backup = dir.resolve("backup.db");
        assertThat(run("--db", db.toString(), "backup", "--out", backup.toString())).isZero();
        String before = sha256(db);

        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096 * 2; i < Math.min(bytes.length, 4096 * 6); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path damaged = Files.write(dir.resolve("damaged.db"), bytes);
        int status = run("--db", db.toString(), "restore", "--from", damaged.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err).contains("已损坏").doesNotContain("Exception");

        Path workbook = Files.write(dir.resolve("not-a-backup.db"), "PK\3\4 not a database".getBytes());
        assertThat(run("--db", db.toString(), "restore", "--from", workbook.toString())).isEqualTo(1);
        assertThat(err).contains("不是数据库备份文件");

        Path park = dir.resolve("park.db");
        assertThat(run("--db", park.toString(), "--site", "ECONOMIC_PARK", "init")).isZero();
        Path parkBackup = dir.resolve("park-backup.db");
        assertThat(run("--db", park.toString(), "backup", "--out", parkBackup.toString())).isZero();
        assertThat(run("--db", db.toString(), "restore", "--from", parkBackup.toString())).isEqualTo(1);
        assertThat(err).contains("这份备份属于", "--other-site");
        assertThat(sha256(db)).as("not a byte changed").isEqualTo(before);

        try (Database open = Database.open(db)) {
            assertThat(run("--db", db.toString(), "restore", "--from", backup.toString())).as("the machine's state, as for every command").isEqualTo(3);
            assertThat(err).contains("正被另一个程序窗口使用");
        }
        assertThat(dir.toFile().list((d, n) -> n.startsWith(".hrdesk-backup-"))).as("no staged copy left behind").isEmpty();

        assertThat(run("--db", db.toString(), "restore", "--from", parkBackup.toString(), "--other-site")).as(err).isZero();
        assertThat(err).contains("经济园区");
    }

    static List<String> keys(Path db) {
        DSLContext dsl = Database.readOnly(db);
        return dsl.fetch("SELECT purpose || ':' || hex(private_key) FROM site_key ORDER BY purpose").getValues(0, String.class);
    }

    static int marker(Path db) {
        return Database.readOnly(db).fetchCount(org.jooq.impl.DSL.table("local_setting"), org.jooq.impl.DSL.field("key").eq("test.marker"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
