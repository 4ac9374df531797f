package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.store.BackupFacts;
import cn.banan.hrdesk.store.Restore;
import cn.banan.hrdesk.store.RestoreRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Puts the backup FILE in place of the database of --db, which no one may have open.",
            "The backup is checked first (integrity, schema version, site); the database as it was is kept beside it",
            "as a safety copy, whose name is printed. A backup of another site is restored only with --other-site.",
            "Exit 1 when the backup is refused (damaged, not this program's, from a newer version, another site's)."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "the backup to restore")
    Path from;
    @Option(names = "--other-site", description = "confirms that a backup of another site is to become this database")
    boolean otherSite;

    @Override
    public Integer call() {
        Restore restore = new Restore(root.db, Clock.systemDefaultZone());
        BackupFacts facts = restore.check(from);
        var here = RestoreRecord.siteOf(root.db);
        if (here.isPresent() && facts.site().isPresent() && !here.equals(facts.site()) && !otherSite) {
            spec.commandLine().getErr().println(root.texts().get("restore.otherSite", root.texts().label(facts.site().get()),
                    root.texts().label(here.get())));
            return Cli.INPUT_PROBLEMS;
        }
        Restore.Restored restored = restore.replace(from);
        cn.banan.hrdesk.backup.BackupService.restoreAttachments(from, root.db);
        Path safety = restored.safety();
        try (Services services = root.openServices()) {
            RestoreRecord.note(services.database().dsl(), restored);
        }
        spec.commandLine().getErr().println(root.texts().get("restore.done", from, facts.site().map(root.texts()::label).orElse("—"),
                facts.schemaVersion(), safety == null ? "—" : safety));
        return Cli.OK;
    }
}
