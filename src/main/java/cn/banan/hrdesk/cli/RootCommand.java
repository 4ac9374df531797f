package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.app.AppPaths;
import cn.banan.hrdesk.app.DesktopApp;
import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.store.Database;
import cn.banan.hrdesk.store.LocalSettings;
import cn.banan.hrdesk.store.MissingDatabaseException;
import cn.banan.hrdesk.store.SiteIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hrdesk", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = {"HR Assurance Desk (重点产业人力资源保障工作台).",
            "Without a command it opens the window; with one it works without a window and exits.",
            "Exit status: 0 success, 1 the input had problems, 2 usage error, 3 anything else.",
            "The full contract of the commands and their files: docs/CONTRACTS.md."},
        subcommands = {ValidateCommand.class, DemoDataCommand.class, ImportEnterprisesCommand.class,
            ExportEnterprisesCommand.class, BackupCommand.class, EvaluateCommand.class, ImportRosterCommand.class, RosterTemplateCommand.class,
            ClaimsCommand.class, FormsCommand.class, LedgerCommand.class, ExportLedgersCommand.class, InitCommand.class, ExchangeCommand.class, AuditCommand.class, RestoreCommand.class, PeopleCommand.class})
public final class RootCommand implements Callable<Integer> {
    private final Texts texts;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "database file (default: ${DEFAULT-VALUE})")
    Path db = AppPaths.defaultDatabase();

    @Option(names = "--site", paramLabel = "SITE",
            description = "site of a new database made by a command: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); "
                    + "the window asks instead")
    Site site = Site.OFFICE;

    /** "HR Assurance Desk 0.2.0 (重点产业人力资源保障工作台)": the version the build stamped. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"HR Assurance Desk " + cn.banan.hrdesk.app.AppVersion.current() + " (重点产业人力资源保障工作台)"};
        }
    }

    public RootCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        DesktopApp.launchWindow(db, texts);
        return Cli.OK;
    }

    Texts texts() {
        return texts;
    }

    /**
     * Opens the existing database of {@code --db} for a command that reads or changes what is there; a missing one is
     * refused (CONTRACTS.md), so a mistyped path never passes for an empty database. {@code granted}: the actions the
     * command needs; the command line may do those and nothing else (docs/decisions/0008).
     */
    Services openServices(Action... granted) {
        if (!Files.isRegularFile(db)) {
            throw new MissingDatabaseException(db);
        }
        return openOrCreate(granted);
    }

    /** For the commands that create data (init, demo-data, import-*): a missing database is made, for the site of {@code --site}. */
    Services openOrCreate(Action... granted) {
        Database database = Database.open(db);
        database.upgrade().ifPresent(u -> spec.commandLine().getErr().println(texts.get("store.upgraded", u.from(), u.backup())));
        try {
            SiteIdentity identity = new SiteIdentity(new LocalSettings(database.dsl()));
            Site chosen = identity.site().orElseGet(() -> {
                identity.choose(site);
                return site;
            });
            return new Services(database, chosen, texts, BusinessTime.systemClock(),
                    Session.of(Actor.commandLine(texts.get("security.commandLine", System.getProperty("user.name", "")),
                            granted.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(granted)))));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
