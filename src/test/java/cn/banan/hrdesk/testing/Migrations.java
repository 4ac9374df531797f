package cn.banan.hrdesk.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the program's migrations are, read from the migrations themselves, so a test need not change with each one. */
public final class Migrations {
    private Migrations() {
    }

    /** The newest schema version this program carries. */
    public static String latest() {
        try (var files = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
