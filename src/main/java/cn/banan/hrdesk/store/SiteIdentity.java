package cn.banan.hrdesk.store;

import cn.banan.hrdesk.core.Site;
import java.util.Optional;

/** Which site this database belongs to: chosen once, at first start, and kept in the local settings. */
public final class SiteIdentity {
    static final String KEY = "site";
    private final LocalSettings settings;

    public SiteIdentity(LocalSettings settings) {
        this.settings = settings;
    }

    public Optional<Site> site() {
        return settings.get(KEY).map(Site::valueOf);
    }

    public void choose(Site site) {
        if (site().filter(s -> s != site).isPresent()) {
            throw new IllegalStateException("the site of this database is already " + site().get());
        }
        settings.put(KEY, site.name());
        // the rows a new file was given before it had a site (what the migrations seed) begin the site's trail
        AuditTriggers.baseline(settings.dsl());
    }
}
