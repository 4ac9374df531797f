package cn.banan.hrdesk.voiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.audit.FieldChange;
import cn.banan.hrdesk.claims.Channel;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.StaffKind;
import cn.banan.hrdesk.registry.Contact;
import cn.banan.hrdesk.registry.TargetGroup;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.AccessDeniedException;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.security.Role;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record made wrongly is voided with a reason: gone from the lists, kept with who voided it and why. */
class VoidingTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aRegisterRowVoidedWithAReasonLeavesTheListAndItsHistorySaysWhy() {
        String id = s.registers().save(OfficeRegisters.STAFF, null, Map.of("name", "录错的人", "kind", StaffKind.FULL_TIME, "unit", "区就业局"));
        assertThat(s.registers().page(OfficeRegisters.STAFF, "录错", 0, 10).total()).isEqualTo(1);
        assertThat(catchThrowable(() -> s.registers().voidRow(OfficeRegisters.STAFF, id, "  "))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).key()).isEqualTo("voiding.problem.reasonNeeded"));
        s.session().signIn(Actor.user("u-r", "审核员", Role.REVIEWER, null));
        assertThat(catchThrowable(() -> s.registers().voidRow(OfficeRegisters.STAFF, id, "重复录入")))
                .as("only those who keep the register").isInstanceOf(AccessDeniedException.class);
        s.session().signIn(Actor.user("u-g", "王小红", Role.GENERAL_CLERK, null));
        s.registers().voidRow(OfficeRegisters.STAFF, id, "重复录入");

        assertThat(s.registers().page(OfficeRegisters.STAFF, "录错", 0, 10).total()).isZero();
        assertThat(s.database().dsl().fetchValue("SELECT deleted FROM staff_member WHERE id = ?", id)).as("hidden, not gone")
                .isEqualTo(1);
        List<AuditEntry> history = s.audit().history("staff_member", id);
        assertThat(history).filteredOn(e -> e.table().equals("staff_member") && e.op() == AuditEntry.Op.UPDATE).singleElement()
                .satisfies(e -> assertThat(FieldChange.between(e.before(), e.after())).containsExactly(new FieldChange("deleted", "0", "1")));
        assertThat(history).filteredOn(e -> e.table().equals("voiding")).singleElement().satisfies(e -> {
            assertThat(e.userName()).isEqualTo("王小红");
            assertThat(e.after()).contains("重复录入");
        });
        assertThat(s.audit().verify().holds()).isTrue();
    }

    @Test
    void aPlacementIsVoidedUnlessAClaimWasJudgedOnIt() {
        TwoFundClaim c = new TwoFundClaim(s);
        String inClaim = s.claims().lines(c.claimId).get(0).placementId();
        var p = s.placements().find(inClaim).orElseThrow();
        String other = s.placements().save(new PlacementForm(null, s.parties().save(new Worker(null, "110101199003070038", "录错工人", null,
                TargetGroup.OTHER)), p.enterpriseId(), null, Channel.DIRECT, LocalDate.of(2014, 5, 1), null, null, "", null));

        assertThat(catchThrowable(() -> s.placements().voidPlacement(inClaim, "录错"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).key()).isEqualTo("voiding.problem.placementInClaim"));
        s.placements().voidPlacement(other, "身份证号录错");
        assertThat(s.placements().find(inClaim)).isPresent();
        assertThat(s.database().dsl().fetchValue("SELECT deleted FROM placement WHERE id = ?", other)).isEqualTo(1);
        assertThat(s.audit().history("placement", other)).filteredOn(e -> e.table().equals("voiding")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("身份证号录错"));
    }

    @Test
    void aContactIsVoidedWithAReason() {
        TwoFundClaim c = new TwoFundClaim(s);
        String enterprise = s.placements().find(s.claims().lines(c.claimId).get(0).placementId()).orElseThrow().enterpriseId();
        s.enterpriseDetails().addContact(enterprise, new Contact(null, "张经理", "人事经理", "13900000000"));
        Contact contact = s.enterpriseDetails().contacts(enterprise).get(0);
        s.enterpriseDetails().removeContact(contact.id(), "已离职");
        assertThat(s.enterpriseDetails().contacts(enterprise)).isEmpty();
        assertThat(s.audit().history("enterprise", enterprise)).as("the enterprise's history holds its contact's voiding")
                .anyMatch(e -> e.table().equals("enterprise_contact") && e.op() == AuditEntry.Op.UPDATE);
        assertThat(s.audit().history("enterprise_contact", contact.id())).filteredOn(e -> e.table().equals("voiding")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("已离职"));
    }
}
