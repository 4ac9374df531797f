package cn.banan.hrdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the program's command line in a JVM of its own, as a clerk's script would, with a heap as small as asked: what
 * it prints and its exit status, and nothing of the test's own memory to lean on.
 */
public final class ChildProgram {
    /** What a run printed, and how it ended. */
    public record Run(int status, String out, String err) {
    }

    private ChildProgram() {
    }

    public static Run run(Path workDir, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dhrdesk.logdir=" + workDir.resolve("logs"), "-Duser.language=zh", "-Duser.country=CN",
                "-cp", System.getProperty("java.class.path"), "cn.banan.hrdesk.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + String.join(" ", args));
        }
        Run run = new Run(p.exitValue(), tail(out), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** Standard output may be millions of lines; its last 64 KB are enough to judge it. */
    private static String tail(Path file) throws IOException {
        long size = Files.size(file);
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, size - 65_536));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
