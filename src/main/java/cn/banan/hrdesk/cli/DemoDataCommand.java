package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.demo.DemoData;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = {"Fills an empty database with the demo set (invented enterprises, intermediaries and workers).",
            "Refuses a database that already has data (exit status 1)."})
final class DemoDataCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        try (Services services = root.openOrCreate(Action.MANAGE_USERS)) {
            if (!services.demoData().demoDatabase()) {
                spec.commandLine().getErr().println(root.texts().get("demo.notDemoDatabase", services.database().file()));
                return Cli.INPUT_PROBLEMS;
            }
            if (!services.demoData().databaseIsEmpty()) {
                spec.commandLine().getErr().println(root.texts().get("demo.notEmpty"));
                return Cli.INPUT_PROBLEMS;
            }
            services.demoData().fill(Progress.NONE);
            spec.commandLine().getErr().println(root.texts().get("demo.done", DemoData.ENTERPRISES, DemoData.INTERMEDIARIES,
                    DemoData.WORKERS, services.database().file()));
            return Cli.OK;
        }
    }
}
