package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.UtcTimestamp;
import static cn.banan.hrdesk.store.generated.Tables.APP_USER;

import cn.banan.hrdesk.core.Ids;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.store.generated.tables.records.AppUserRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Users in SQL. They stay at their site, so they carry no travelling columns. */
public final class UserRepository {
    private final Clock clock;
    private final Ids ids;

    public UserRepository(Clock clock) {
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    public String insert(DSLContext dsl, UserForm f, String passwordHash) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setId(ids.next());
        r.setUsername(f.username().strip());
        r.setDisplayName(f.displayName().strip());
        r.setRole(f.role().name());
        r.setPark(f.park() == null || f.park() == Park.NONE ? null : f.park().name());
        r.setPasswordHash(passwordHash);
        r.setActive(true);
        r.setCreatedAt(UtcTimestamp.now(clock));
        r.store();
        return r.getId();
    }

    public boolean any(DSLContext dsl) {
        return dsl.fetchExists(APP_USER);
    }

    public boolean nameTaken(DSLContext dsl, String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username.strip()));
    }

    /** The account and its stored hash, active or not. */
    public Optional<Stored> byName(DSLContext dsl, String username) {
        return dsl.fetchOptional(APP_USER, APP_USER.USERNAME.eq(username.strip())).map(r -> new Stored(toAccount(r), r.getPasswordHash()));
    }

    public record Stored(UserAccount account, String passwordHash) {
    }

    public List<UserAccount> all(DSLContext dsl) {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ROLE, APP_USER.USERNAME).fetch(UserRepository::toAccount);
    }

    public void setActive(DSLContext dsl, String id, boolean active) {
        dsl.update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(id)).execute();
    }

    public void setPassword(DSLContext dsl, String id, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    public int activeAdmins(DSLContext dsl) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.name()).and(APP_USER.ACTIVE.isTrue()));
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getPark() == null ? null : Park.valueOf(r.getPark()), Boolean.TRUE.equals(r.getActive()));
    }
}
