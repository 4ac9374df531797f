package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Tier;

import cn.banan.hrdesk.core.Park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.IdKind;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.testing.TempStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyServiceTest {
    @TempDir
    Path dir;
    Services services;
    PartyService parties;

    @BeforeEach
    void open() {
        services = TempStore.open(dir);
        parties = services.parties();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aBrokerIsKnownByResidentIdAnAgencyByCreditCode() {
        parties.save(new Intermediary(null, IntermediaryKind.LABOUR_BROKER, "经纪人甲", "11010519491231002x", null, "经纪人甲", "工行", "6222 0000 1111"));
        parties.save(new Intermediary(null, IntermediaryKind.HR_AGENCY, "机构乙", "91350100M000100Y43", "023-1", "机构乙", "农行", "12345678901"));
        var page = parties.intermediaries("", 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(Intermediary::identifier).containsExactly("91350100M000100Y43", "11010519491231002X");
        assertThat(page.rows().get(1).accountNo()).as("spaces dropped from the account").isEqualTo("622200001111");
        assertThatThrownBy(() -> parties.save(new Intermediary(null, IntermediaryKind.VOCATIONAL_SCHOOL, "学校", "11010519491231002X",
                null, "学校", "行", "62220000000000003"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field).containsExactly(Intermediary.IDENTIFIER));
    }

    @Test
    void controlCharactersAndDirectionMarksAreStrippedAndOverlongNamesRefusedAtTheField() {
        String id = parties.save(new Worker(null, "11010519491231002X", " 张\u0000三\u202Egpj.exe\t\r\n", null, TargetGroup.OTHER));
        assertThat(parties.workerByResidentId("11010519491231002X").orElseThrow().name()).as("stored as it would print")
                .isEqualTo("张三gpj.exe");
        assertThat(id).isNotBlank();
        assertThatThrownBy(() -> parties.save(new Worker(null, "110105194912310021", "名".repeat(101), null, TargetGroup.OTHER)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field, FieldProblem::key)
                        .contains(org.assertj.core.groups.Tuple.tuple(Worker.NAME, "registry.problem.tooLong")));
        assertThatThrownBy(() -> services.enterprises().save(new EnterpriseForm(null, "甲企业", "91350100M000100Y43", Park.NONE,
                "路".repeat(201), "", "", Tier.T1_ELECTRONICS, java.time.LocalDate.of(2014, 1, 1))))
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly(EnterpriseForm.ADDRESS));
    }

    @Test
    void workersAreCheckedAndDuplicatesNamed() {
        parties.save(new Worker(null, "11010519491231002X", "操作工（示例）0001", null, TargetGroup.OTHER));
        assertThatThrownBy(() -> parties.save(new Worker(null, "110105194912310021", "乙", null, TargetGroup.OTHER)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly(FieldProblem.of(Worker.RESIDENT_ID, "id.problem.CHECKSUM", IdKind.RESIDENT)));
        assertThatThrownBy(() -> parties.save(new Worker(null, "11010519491231002x", "丙", null, TargetGroup.OTHER)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly(FieldProblem.of(Worker.RESIDENT_ID, "registry.problem.duplicateWorker", "操作工（示例）0001")));
        assertThat(parties.workers("0001", 0, 10).rows()).hasSize(1);
    }
}
