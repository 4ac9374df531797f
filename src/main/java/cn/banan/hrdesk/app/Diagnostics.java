package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import cn.banan.hrdesk.store.DatabaseFacts;

/**
 * What support needs to know about this installation, and nothing personal: versions, the database's place, size,
 * schema and row counts, the site, the chain heads, where the logs are. Read once, off the window's thread.
 */
final class Diagnostics {
    /** Counted, not read: how big the registers are says enough. */
    private static final List<String> COUNTED = List.of("enterprise", "intermediary", "worker", "placement", "claim", "claim_line",
            "ledger_entry", "audit_entry");
    private final String version;
    private final String summary;
    private final Path logFolder;

    private Diagnostics(String version, String summary, Path logFolder) {
        this.version = version;
        this.summary = summary;
        this.logFolder = logFolder;
    }

    static Diagnostics of(Services services) {
        Texts t = services.texts();
        Path logs = Path.of(System.getProperty("hrdesk.logdir", AppPaths.logFolder().toString()));
        Path db = services.database().file();
        var dsl = services.database().dsl();
        List<String> lines = new ArrayList<>();
        lines.add(t.get("about.version", AppVersion.current()));
        lines.add(t.get("about.java", System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch")));
        lines.add(t.get("about.site", t.label(services.site())));
        lines.add(t.get("about.database", db, size(db)));
        lines.add(t.get("about.schema", DatabaseFacts.schemaVersion(dsl)));
        List<String> counts = new ArrayList<>();
        var names = new cn.banan.hrdesk.exchange.ui.ExchangeLabels(t);
        DatabaseFacts.counts(dsl, COUNTED).forEach((table, n) -> counts.add(names.tableName(table) + " " + n));
        lines.add(t.get("about.rows", String.join(", ", counts)));
        lines.add(services.audit().witnessLine(services.ledger()).text(t));
        lines.add(t.get("about.logs", logs));
        return new Diagnostics(AppVersion.current(), String.join("\n", lines), logs);
    }

    private static String size(Path file) {
        try {
            return String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(file) / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "?";
        }
    }

    String version() {
        return version;
    }

    String summary() {
        return summary;
    }

    Path logFolder() {
        return logFolder;
    }
}
