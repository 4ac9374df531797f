package cn.banan.hrdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.Park;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users on a real database: the first administrator, signing in, switching off, and what is stored of a password. */
class UserServiceTest {
    @TempDir
    Path dir;

    static String problem(Throwable e) {
        return ((ValidationException) e).problems().get(0).key();
    }

    @Test
    void theFirstStartMakesTheAdministratorOnceAndPasswordsAreKeptOnlyAsSlowHashes() {
        try (Services s = TempStore.withProgramHashing(dir, Session.signedOut())) {
            assertThat(s.users().noUsersYet()).isTrue();
            assertThatThrownBy(() -> s.users().createFirstAdmin("admin", "管理员", "short".toCharArray()))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.shortPassword"));
            s.users().createFirstAdmin("admin", "管理员", "admin-2014".toCharArray());
            assertThatThrownBy(() -> s.users().createFirstAdmin("admin2", "又一个", "admin-2014".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class);
            String stored = (String) s.database().dsl().fetchValue("SELECT password_hash FROM app_user WHERE username = 'admin'");
            assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("admin-2014");

            assertThatThrownBy(() -> s.users().signIn("admin", "admin-2015".toCharArray()))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.wrongPassword"));
            assertThatThrownBy(() -> s.users().signIn("nobody", "admin-2014".toCharArray()))
                    .as("an unknown name reads like a wrong password")
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.wrongPassword"));
            assertThat(s.session().actor()).isEmpty();
            Actor admin = s.users().signIn("admin", "admin-2014".toCharArray());
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(s.session().current()).isEqualTo(admin);
        }
    }

    /** A clock the test moves on by hand. */
    private static final class MovingClock extends java.time.Clock {
        private java.time.Instant now = TempStore.NOW;

        void pass(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void repeatedWrongPasswordsMakeTheNameWaitAndAnUnknownNameWaitsAlike() {
        MovingClock clock = new MovingClock();
        try (Services s = TempStore.open(dir, Session.signedOut())) {
            s.users().createFirstAdmin("admin", "管理员", "admin-2014".toCharArray());
            UserService users = new UserService(s.database().dsl(), new UserRepository(clock), new PasswordHasher(), s.session(), clock);
            for (String name : List.of("admin", "nobody")) {
                for (int i = 0; i < SignInThrottle.FREE; i++) {
                    assertThatThrownBy(() -> users.signIn(name, "guess-0000".toCharArray()))
                            .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.wrongPassword"));
                }
                assertThatThrownBy(() -> users.signIn(name, "admin-2014".toCharArray())).as(name + ": even the right password waits")
                        .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.waitBeforeTrying"))
                        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).args()).containsExactly(1L));
            }
            clock.pass(SignInThrottle.FIRST_WAIT);
            assertThatThrownBy(() -> users.signIn("admin", "guess-0001".toCharArray()))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.wrongPassword"));
            clock.pass(SignInThrottle.FIRST_WAIT);
            assertThatThrownBy(() -> users.signIn("admin", "admin-2014".toCharArray())).as("the wait doubled to a minute")
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.waitBeforeTrying"));
            clock.pass(SignInThrottle.FIRST_WAIT);
            assertThat(users.signIn("admin ", "admin-2014".toCharArray()).role()).isEqualTo(Role.ADMIN);
            assertThatThrownBy(() -> users.signIn("admin", "guess-0002".toCharArray())).as("a right password clears the count")
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.wrongPassword"));
        }
    }

    @Test
    void theAdministratorAddsUsersSwitchesThemOffAndNeverLocksEveryoneOut() {
        try (Services s = TempStore.open(dir, Session.signedOut())) {
            UserAccount admin = s.users().createFirstAdmin("admin", "管理员", "admin-2014".toCharArray());
            s.users().signIn("admin", "admin-2014".toCharArray());
            assertThatThrownBy(() -> s.users().create(new UserForm("yq", "园区经办人", Role.PARK_CLERK, null, "park-2014".toCharArray())))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.parkNeeded"));
            assertThatThrownBy(() -> s.users().create(new UserForm("admin", "重名", Role.REVIEWER, null, "park-2014".toCharArray())))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.nameTaken"));
            UserAccount clerk = s.users().create(new UserForm("yq", "园区经办人", Role.PARK_CLERK, Park.ECONOMIC_PARK, "park-2014".toCharArray()));
            assertThat(s.users().all()).extracting(UserAccount::username).containsExactlyInAnyOrder("admin", "yq");

            s.users().setActive(clerk.id(), false);
            assertThatThrownBy(() -> s.users().signIn("yq", "park-2014".toCharArray()))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.inactive"));
            s.users().signIn("admin", "admin-2014".toCharArray());
            assertThatThrownBy(() -> s.users().setActive(admin.id(), false))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("security.problem.lastAdmin"));
            s.users().setActive(clerk.id(), true);
            s.users().resetPassword(clerk.id(), "new-park-2014".toCharArray());
            assertThat(s.users().signIn("yq", "new-park-2014".toCharArray()).park()).isEqualTo(Park.ECONOMIC_PARK);
            assertThatThrownBy(() -> s.users().all()).as("a park clerk manages no users").isInstanceOf(AccessDeniedException.class);
            assertThat(List.of(s.session().current().name())).containsExactly("园区经办人");
            assertThatThrownBy(() -> s.demoData().fill(cn.banan.hrdesk.core.Progress.NONE))
                    .as("the demo makes users with a published password: not for a clerk to load").isInstanceOf(AccessDeniedException.class);
        }
    }
}
