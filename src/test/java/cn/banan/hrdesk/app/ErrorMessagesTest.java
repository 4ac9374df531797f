package cn.banan.hrdesk.app;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.DatabaseInUseException;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clerk is told when the database cannot be used, and that nothing was written meanwhile. */
class ErrorMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aLockedDatabaseIsReportedAsBusyAndNothingIsWritten() throws Exception {
        try (Services services = TempStore.open(dir);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + services.database().file())) {
            other.createStatement().execute("BEGIN EXCLUSIVE");
            Throwable e = catchThrowable(() -> services.enterprises().save(new EnterpriseForm(null, "甲", "91350100M000100Y43",
                    Park.NONE, "", "", "", Tier.T1_ELECTRONICS, LocalDate.of(2014, 1, 1))));
            assertThat(ErrorMessages.describe(e, TempStore.TEXTS)).isEqualTo("数据库正忙（另一个程序或本程序中正在进行的导入等操作占用着它），请稍后再试。数据没有改动。");
            other.createStatement().execute("ROLLBACK");
            assertThat(services.database().dsl().fetchCount(ENTERPRISE)).isZero();
        }
    }

    @Test
    void aSecondInstanceIsToldWhichFileIsInUse() {
        try (Database first = Database.open(dir.resolve("hrdesk.db"))) {
            Throwable e = catchThrowable(() -> Database.open(dir.resolve("hrdesk.db")));
            assertThat(e).isInstanceOf(DatabaseInUseException.class);
            assertThat(ErrorMessages.describe(e, TempStore.TEXTS)).startsWith("数据库正被另一个程序窗口使用：" + first.file());
        }
    }
}
