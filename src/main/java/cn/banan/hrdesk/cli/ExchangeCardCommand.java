package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.exchange.SiteCard;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "card", mixinStandardHelpOptions = true,
        description = {"Writes this site's card (site, its name, public keys) to FILE.",
            "Prints the card's fingerprint on stdout, to be read to the other site over the phone."})
final class ExchangeCardCommand implements Callable<Integer> {
    @ParentCommand
    ExchangeCommand parent;
    @Spec
    CommandSpec spec;
    @picocli.CommandLine.Mixin
    ReplaceOption replace = new ReplaceOption();
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the card")
    Path out;

    @Override
    public Integer call() throws Exception {
        RootCommand root = parent.root();
        replace.check(root.db, out);
        try (Services services = root.openServices()) {
            SiteCard card = services.exchange().writeCard(out);
            spec.commandLine().getOut().println(card.fingerprint());
            spec.commandLine().getErr().println(root.texts().get("exchange.card.written", out, card.fingerprint()));
        }
        return Cli.OK;
    }
}
