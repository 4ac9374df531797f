package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/** Signing in, the first administrator, and the administrator's work on users. */
public final class UserService {
    public static final int MIN_PASSWORD = 8;
    private final DSLContext dsl;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Session session;
    private final SignInThrottle throttle;
    /**
     * A hash of a random password that was thrown away, at the program's iteration count: an unknown name costs the
     * same PBKDF2 as a known one, so the time a wrong sign-in takes tells nothing about which names exist.
     */
    private static final String DECOY = "pbkdf2-sha256$600000$K08D1uV1440M86w1TkGq4w==$uC/Jk1E+Gs3Gui6BevBr1NG+GNuhFatBMhyBmyiLI/0=";

    public UserService(DSLContext dsl, UserRepository users, PasswordHasher hasher, Session session, java.time.Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.hasher = hasher;
        this.session = session;
        this.throttle = new SignInThrottle(clock);
    }

    /** The names already in use (the demo leaves those alone). */
    public java.util.Set<String> usernames(DSLContext tx) {
        return new java.util.HashSet<>(users.all(tx).stream().map(UserAccount::username).toList());
    }

    public boolean noUsersYet() {
        return !users.any(dsl);
    }

    /** The first start: the person at the keyboard becomes the administrator, with a password they choose. */
    public UserAccount createFirstAdmin(String username, String displayName, char[] password) {
        return dsl.transactionResult(tx -> {
            if (users.any(tx.dsl())) {
                throw new AccessDeniedException("security.denied.notFirst");
            }
            return insert(tx.dsl(), new UserForm(username, displayName, Role.ADMIN, null, password));
        });
    }

    public UserAccount create(UserForm f) {
        session.require(Action.MANAGE_USERS);
        return dsl.transactionResult(tx -> insert(tx.dsl(), f));
    }

    /** The same inside the caller's transaction, for the demo data's one user per role. */
    public UserAccount create(DSLContext tx, UserForm f) {
        return insert(tx, f);
    }

    private UserAccount insert(DSLContext tx, UserForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.username() == null || f.username().isBlank()) {
            problems.add(FieldProblem.of(UserForm.USERNAME, "registry.problem.required"));
        } else if (users.nameTaken(tx, f.username())) {
            problems.add(FieldProblem.of(UserForm.USERNAME, "security.problem.nameTaken", f.username().strip()));
        }
        if (f.displayName() == null || f.displayName().isBlank()) {
            problems.add(FieldProblem.of(UserForm.DISPLAY_NAME, "registry.problem.required"));
        }
        if (f.role() == null) {
            problems.add(FieldProblem.of(UserForm.ROLE, "registry.problem.required"));
        } else if (f.role().needsPark() && (f.park() == null || f.park() == Park.NONE)) {
            problems.add(FieldProblem.of(UserForm.PARK, "security.problem.parkNeeded"));
        } else if (!f.role().mayHavePark() && f.park() != null && f.park() != Park.NONE) {
            problems.add(FieldProblem.of(UserForm.PARK, "security.problem.noPark"));
        }
        checkPassword(f.password(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(f.password());
        Arrays.fill(f.password(), '\0');
        users.insert(tx, f, hash);
        return users.byName(tx, f.username()).orElseThrow().account();
    }

    private static void checkPassword(char[] password, List<FieldProblem> problems) {
        if (password == null || password.length < MIN_PASSWORD) {
            problems.add(FieldProblem.of(UserForm.PASSWORD, "security.problem.shortPassword", MIN_PASSWORD));
        }
    }

    /** Checks the password and signs the user in to this session; a wrong name and a wrong password read the same. */
    public Actor signIn(String username, char[] password) {
        java.time.Duration wait = throttle.waitFor(username);
        if (!wait.isZero()) {
            Arrays.fill(password, '\0');
            throw new ValidationException(List.of(FieldProblem.of(UserForm.PASSWORD, "security.problem.waitBeforeTrying",
                    Math.max(1, (wait.toSeconds() + 59) / 60))));
        }
        UserRepository.Stored stored = username == null ? null : users.byName(dsl, username).orElse(null);
        boolean ok = hasher.matches(password, stored == null ? DECOY : stored.passwordHash()) && stored != null;
        Arrays.fill(password, '\0');
        if (!ok) {
            throttle.failed(username);
            throw new ValidationException(List.of(FieldProblem.of(UserForm.PASSWORD, "security.problem.wrongPassword")));
        }
        throttle.succeeded(username);
        if (!stored.account().active()) {
            throw new ValidationException(List.of(FieldProblem.of(UserForm.USERNAME, "security.problem.inactive")));
        }
        Actor actor = stored.account().asActor();
        session.signIn(actor);
        return actor;
    }

    public List<UserAccount> all() {
        session.require(Action.MANAGE_USERS);
        return users.all(dsl);
    }

    /** Switches a user off or on; the last active administrator stays on so nobody is locked out. */
    public void setActive(String userId, boolean active) {
        session.require(Action.MANAGE_USERS);
        dsl.transaction(tx -> {
            UserAccount target = users.all(tx.dsl()).stream().filter(u -> u.id().equals(userId)).findFirst().orElseThrow();
            if (!active && target.role() == Role.ADMIN && target.active() && users.activeAdmins(tx.dsl()) == 1) {
                throw new ValidationException(List.of(FieldProblem.of(UserForm.ROLE, "security.problem.lastAdmin")));
            }
            users.setActive(tx.dsl(), userId, active);
        });
    }

    public void resetPassword(String userId, char[] password) {
        session.require(Action.MANAGE_USERS);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(password);
        Arrays.fill(password, '\0');
        dsl.transaction(tx -> users.setPassword(tx.dsl(), userId, hash));
    }
}
