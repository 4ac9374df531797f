package cn.banan.hrdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsMigratesAndSetsThePragmas() throws Exception {
        Path file = dir.resolve("sub/folder/hrdesk.db");
        try (Database db = Database.open(file)) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(db.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(db.dsl().fetchValue("PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(db.dsl().fetchValue("PRAGMA synchronous")).as("FULL").isEqualTo(2);
            long scripts;
            try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
                scripts = files.filter(f -> f.toString().endsWith(".sql")).count();
            }
            assertThat(db.dsl().fetchValue("select count(*) from flyway_schema_history where success = 1")).isEqualTo((int) scripts);
        }
    }

    @Test
    void aSecondInstanceIsToldTheDatabaseIsInUseAndTouchesNothing() throws Exception {
        Path file = dir.resolve("hrdesk.db");
        try (Database first = Database.open(file)) {
            new LocalSettings(first.dsl()).put("site", "OFFICE");
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(DatabaseInUseException.class)
                    .satisfies(e -> assertThat(((DatabaseInUseException) e).file()).isEqualTo(file.toAbsolutePath()));
            assertThat(new LocalSettings(first.dsl()).get("site")).contains("OFFICE");
        }
        try (Database again = Database.open(file)) {
            assertThat(new LocalSettings(again.dsl()).get("site")).as("reopened after the first closed").contains("OFFICE");
        }
    }

    @Test
    void theLockBelongsToTheFileNotToThePathItWasOpenedBy() throws Exception {
        Path file = dir.resolve("real.db");
        try (Database first = Database.open(file)) {
            new LocalSettings(first.dsl()).put("site", "OFFICE");
            Path symbolic = Files.createSymbolicLink(dir.resolve("symbolic.db"), file);
            Files.createDirectories(dir.resolve("sub"));
            Path hard = Files.createLink(dir.resolve("sub").resolve("hard.db"), file);
            Path dotted = dir.resolve("sub").resolve("..").resolve("real.db");
            for (Path other : List.of(symbolic, hard, dotted)) {
                assertThatThrownBy(() -> Database.open(other)).as(other.toString()).isInstanceOf(DatabaseInUseException.class);
            }
        }
        try (Database again = Database.open(dir.resolve("sub").resolve("hard.db"))) {
            assertThat(new LocalSettings(again.dsl()).get("site")).as("the same file, once the first let go").contains("OFFICE");
        }
    }

    @Test
    void backupIsAConsistentSingleFileCopyAndFailsCleanly() throws Exception {
        Path file = dir.resolve("live.db");
        try (Database db = Database.open(file)) {
            new LocalSettings(db.dsl()).put("site", "ECONOMIC_PARK");
            Path copy = dir.resolve("backups/copy.db");
            Backup.copy(file, copy);
            assertThat(Files.list(copy.getParent()).map(p -> p.getFileName().toString())).containsExactly("copy.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 ResultSet rs = c.createStatement().executeQuery("select value from local_setting where key = 'site'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ECONOMIC_PARK");
            }
        }
        Path target = dir.resolve("none.db");
        assertThatThrownBy(() -> Backup.copy(dir.resolve("missing.db"), target)).isInstanceOf(StoreException.class);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void openingSweepsWhatAStoppedProgramLeftBesideTheDatabaseButNotWorkUnderWay() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("debris"));
        Path oldTemp = Files.writeString(folder.resolve(".hrdesk-backup-123.tmp"), "half a backup");
        Path oldSet = Files.createDirectories(folder.resolve(".hrdesk-set-abc"));
        Files.writeString(oldSet.resolve("2014-OFC-0001.xlsx"), "half a batch");
        Path fresh = Files.writeString(folder.resolve(".hrdesk-77.xlsx.tmp"), "being written now");
        Path someoneElses = Files.writeString(folder.resolve("notes.tmp"), "not ours");
        java.nio.file.attribute.FileTime yesterday = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        for (Path p : List.of(oldTemp, oldSet, someoneElses)) {
            Files.setLastModifiedTime(p, yesterday);
        }
        try (Database db = Database.open(folder.resolve("hrdesk.db"))) {
            assertThat(oldTemp).doesNotExist();
            assertThat(oldSet).doesNotExist();
            assertThat(fresh).as("another instance's file being written").exists();
            assertThat(someoneElses).exists();
        }
    }
}
