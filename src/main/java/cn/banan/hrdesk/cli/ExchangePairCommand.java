package cn.banan.hrdesk.cli;

import cn.banan.hrdesk.security.Action;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.exchange.ExchangeService;
import cn.banan.hrdesk.exchange.SiteCard;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "pair", mixinStandardHelpOptions = true,
        description = {"Trusts the site on the card FILE from now on.",
            "With --fingerprint, a card whose fingerprint differs is refused (exit 1). Pairing a site again with the same key",
            "changes nothing; with another key it is refused unless --replace."})
final class ExchangePairCommand implements Callable<Integer> {
    @ParentCommand
    ExchangeCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "the other site's card")
    Path file;
    @Option(names = "--fingerprint", paramLabel = "FP", description = "the fingerprint the other site read out (groups of four)")
    String fingerprint;
    @Option(names = "--replace", description = "take the card's keys in place of the ones this site was paired with")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        RootCommand root = parent.root();
        try (Services services = root.openServices(Action.PAIR_SITES)) {
            SiteCard card = services.exchange().readCard(file);
            ExchangeService.Pairing done = services.exchange().pair(card, fingerprint, replace);
            spec.commandLine().getErr().println(root.texts().get(done.messageKey(), card.site(), card.fingerprint()));
        }
        return Cli.OK;
    }
}
