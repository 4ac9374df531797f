package cn.banan.hrdesk.claims.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of approval forms appears whole or not at all: a cancelled batch leaves neither files nor a hidden folder. */
class FormBatchTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledBatchLeavesNothingAndAFinishedOneArrivesWhole() throws Exception {
        try (Services s = TempStore.open(dir.resolve("db"))) {
            TwoFundClaim c = new TwoFundClaim(s);
            new TwoFundClaim.Duplicate(s, c);
            Path out = dir.resolve("out").resolve("审批表");
            Throwable t = catchThrowable(() -> s.forms().batch(s.claims().list(), x -> true, out, new cn.banan.hrdesk.testing.CancelAfterFirst()));
            assertThat(t).as("cancelled after the first form").isNotNull();
            assertThat(out).doesNotExist();
            assertThat(list(out.getParent())).as("no hidden half-set beside it").isEmpty();

            assertThat(s.forms().batch(s.claims().list(), x -> true, out, Progress.NONE)).isEqualTo(2);
            assertThat(list(out)).hasSize(2).allMatch(name -> name.endsWith(".xlsx"));
            assertThat(s.forms().batch(s.claims().list(), x -> true, out, Progress.NONE)).as("into the folder that now exists").isEqualTo(2);
            assertThat(list(out)).as("the same two, replaced; nothing hidden left").hasSize(2);
            assertThat(list(out.getParent())).containsExactly("审批表");
        }
    }

    private static java.util.List<String> list(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
