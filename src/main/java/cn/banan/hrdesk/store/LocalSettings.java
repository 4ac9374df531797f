package cn.banan.hrdesk.store;

import static cn.banan.hrdesk.store.generated.Tables.LOCAL_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Settings of this installation (its site, its preferences): never sent to other sites. */
public final class LocalSettings {
    private final DSLContext dsl;

    public LocalSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(LOCAL_SETTING.VALUE).from(LOCAL_SETTING).where(LOCAL_SETTING.KEY.eq(key)).fetchOptional(LOCAL_SETTING.VALUE);
    }

    public void put(String key, String value) {
        dsl.insertInto(LOCAL_SETTING, LOCAL_SETTING.KEY, LOCAL_SETTING.VALUE).values(key, value)
                .onConflict(LOCAL_SETTING.KEY).doUpdate().set(LOCAL_SETTING.VALUE, value).execute();
    }
}
