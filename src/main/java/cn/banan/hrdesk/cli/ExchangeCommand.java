package cn.banan.hrdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"Data between sites on a USB stick (数据交换): cards, pairing, packages.",
            "Sites: OFFICE, ECONOMIC_PARK, LOGISTICS_BASE, MALIU_RIVERSIDE."},
        subcommands = {ExchangeCardCommand.class, ExchangePairCommand.class, ExchangeExportCommand.class, ExchangeImportCommand.class,
            ExchangeStatusCommand.class})
final class ExchangeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    RootCommand root() {
        return (RootCommand) spec.parent().userObject();
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: card, pair, export, import, status");
    }
}
