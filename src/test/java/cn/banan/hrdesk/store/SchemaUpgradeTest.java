package cn.banan.hrdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.ErrorMessages;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** An older file is copied, checked, beside itself before it is migrated; a newer one is refused untouched. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsBackedUpBesideItselfThenMigrated() throws Exception {
        Path file = dir.resolve("hrdesk.db");
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("10").load().migrate();
        try (var c = plain.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO local_setting (key, value) VALUES ('site', 'OFFICE')");
        }

        try (Database db = Database.open(file)) {
            Upgrade upgrade = db.upgrade().orElseThrow(() -> new AssertionError("an upgrade was made"));
            assertThat(upgrade.from()).isEqualTo("10");
            assertThat(upgrade.backup()).exists().hasParent(file.getParent());
            assertThat(upgrade.backup().getFileName().toString()).startsWith("hrdesk-升级前备份-v10-").endsWith(".db");
            assertThat(db.dsl().fetchValue("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")).hasToString(cn.banan.hrdesk.testing.Migrations.latest());
            var copy = Database.readOnly(upgrade.backup());
            assertThat(copy.fetchValue("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")).as("the copy is the file as it was")
                    .hasToString("10");
            assertThat(copy.fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(copy.fetchValue("SELECT value FROM local_setting WHERE key = 'site'")).isEqualTo("OFFICE");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.upgrade()).as("a current file is opened as it is").isEmpty();
        }
    }

    @Test
    void aDatabaseFromANewerProgramIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            db.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                    + "execution_time, success) VALUES (99, '99', 'from a newer program', 'SQL', 'V99__newer.sql', 0, 'x', 0, 1)");
        }
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(NewerDatabaseException.class, e -> {
            assertThat(e.fileVersion()).isEqualTo("99");
            assertThat(e.programVersion()).isEqualTo(cn.banan.hrdesk.testing.Migrations.latest());
            assertThat(ErrorMessages.describe(e, TempStore.TEXTS)).contains("更新版本的程序", "第 99 版", "第 " + cn.banan.hrdesk.testing.Migrations.latest() + " 版", "未作任何改动");
            assertThat(ErrorMessages.isInputProblem(e)).isTrue();
        });
        assertThat(sha256(file)).as("not a byte changed").isEqualTo(before);
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().contains("升级前备份"))).isEmpty();
    }

    @Test
    void theQuickCheckKnowsTheNewestScriptAndLeavesAnyDoubtToFlyway() throws Exception {
        assertThat(Schema.LATEST).as("the newest script in db/migration").isEqualTo(cn.banan.hrdesk.testing.Migrations.latest());
        Path file = dir.resolve("checked.db");
        try (Database db = Database.open(file)) {
            assertThat(Schema.current(db.dataSource())).isTrue();
            db.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                    + "execution_time, success) VALUES (98, NULL, 'a failed repeatable step', 'SQL', 'R__x.sql', 0, 'x', 0, 0)");
            assertThat(Schema.current(db.dataSource())).as("a failed step anywhere").isFalse();
        }
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + dir.resolve("empty.db"));
        assertThat(Schema.current(plain)).as("no history at all").isFalse();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
