package cn.banan.hrdesk.store;

import static cn.banan.hrdesk.store.generated.Tables.LOCAL_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pooled connections and the read transaction, on a real file. */
class ConsistentReadTest {
    @TempDir
    Path dir;

    private static int settings(DSLContext dsl) {
        return dsl.fetchCount(LOCAL_SETTING);
    }

    @Test
    void aReadTransactionSeesOneStateWhileAnotherConnectionCommits() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            int before = settings(db.dsl());
            List<Integer> seen = ConsistentRead.of(db.dsl(), tx -> {
                List<Integer> counts = new ArrayList<>();
                counts.add(settings(tx));
                // another pooled connection commits in the middle of the read
                new LocalSettings(db.dsl()).put("between", "1");
                counts.add(settings(tx));
                return counts;
            });
            assertThat(seen).containsExactly(before, before);
            assertThat(settings(db.dsl())).as("committed, seen once the read is over").isEqualTo(before + 1);
        }
    }

    @Test
    void aReadGoesOnWhileAWriterHoldsTheLockAndDoesNotSeeItsRows() throws Exception {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            int before = settings(db.dsl());
            db.dsl().transaction(writer -> {
                new LocalSettings(writer.dsl()).put("uncommitted", "1");
                // a read taking the write lock would wait out the busy timeout here and fail
                int read = CompletableFuture.supplyAsync(() -> ConsistentRead.of(db.dsl(), ConsistentReadTest::settings))
                        .get(4, TimeUnit.SECONDS);
                assertThat(read).isEqualTo(before);
            });
            assertThat(settings(db.dsl())).isEqualTo(before + 1);
        }
    }

    @Test
    void aReadTransactionRefusesWritesAndLeavesItsConnectionWritable() {
        try (Database db = Database.open(dir.resolve("c.db"))) {
            assertThatThrownBy(() -> ConsistentRead.of(db.dsl(), tx -> {
                new LocalSettings(tx).put("sneaked", "1");
                return null;
            })).hasMessageContaining("readonly");
            assertThat(new LocalSettings(db.dsl()).get("sneaked")).isEmpty();
            // every pooled connection writes again afterwards
            for (int i = 0; i < ConnectionPool.SIZE * 2; i++) {
                new LocalSettings(db.dsl()).put("after" + i, "1");
            }
            assertThat(new LocalSettings(db.dsl()).get("after7")).contains("1");
        }
    }

    @Test
    void insideACallersTransactionTheReadJoinsIt() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            db.dsl().transaction(tx -> {
                new LocalSettings(tx.dsl()).put("mine", "1");
                java.util.Optional<String> seen = ConsistentRead.of(tx.dsl(), r -> new LocalSettings(r).get("mine"));
                assertThat(seen).contains("1");
            });
        }
    }

    @Test
    void closingTheDatabaseClosesItsConnectionsAndFoldsTheLogIntoTheFile() throws Exception {
        Path file = dir.resolve("e.db");
        try (Database db = Database.open(file)) {
            new LocalSettings(db.dsl()).put("kept", "1");
            assertThat(Files.exists(dir.resolve("e.db-wal"))).as("open connections keep a write-ahead log").isTrue();
        }
        assertThat(Files.exists(dir.resolve("e.db-wal"))).as("the last connection closed").isFalse();
        try (Database again = Database.open(file)) {
            assertThat(new LocalSettings(again.dsl()).get("kept")).contains("1");
        }
    }
}
