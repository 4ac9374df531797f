package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates an empty database for the site of --site (its keys for the data exchange are made too).",
            "Exit 1 when the file of --db exists: init never touches a database that is there."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(root.db)) {
            spec.commandLine().getErr().println(root.texts().get("init.exists", root.db));
            return Cli.INPUT_PROBLEMS;
        }
        try (Services services = root.openOrCreate()) {
            services.exchange().ensureKeys();
            spec.commandLine().getErr().println(root.texts().get("init.done", services.site(), root.db));
        }
        return Cli.OK;
    }
}
