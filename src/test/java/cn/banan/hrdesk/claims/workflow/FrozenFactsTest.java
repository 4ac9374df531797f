package cn.banan.hrdesk.claims.workflow;

import static cn.banan.hrdesk.testing.TwoFundClaim.GENERAL;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON;
import static cn.banan.hrdesk.testing.TwoFundClaim.LIAISON_2;
import static cn.banan.hrdesk.testing.TwoFundClaim.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.app.Services;
import cn.banan.hrdesk.audit.AuditEntry;
import cn.banan.hrdesk.claims.ClaimLine;
import cn.banan.hrdesk.claims.Placement;
import cn.banan.hrdesk.claims.PlacementForm;
import cn.banan.hrdesk.core.Progress;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseForm;
import cn.banan.hrdesk.registry.Worker;
import cn.banan.hrdesk.security.Actor;
import cn.banan.hrdesk.testing.TempStore;
import cn.banan.hrdesk.testing.TwoFundClaim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a claim passed 初审, the worker, enterprise and dates its lines were judged on stay with it: an edit of the
 * registry afterwards does not reach the claim or its reprinted form. A 退回补正 and a new 初审 take the facts as they
 * then stand, and both sets are kept.
 */
class FrozenFactsTest {
    @TempDir
    Path dir;
    Services s;
    TwoFundClaim c;

    @BeforeEach
    void open() {
        s = TempStore.open(dir);
        c = new TwoFundClaim(s);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aFormReprintedAfterTheRegistryChangedShowsWhatWasJudged() throws Exception {
        as(LIAISON, StepRequest.pass(c.claimId, Step.INTAKE));
        as(LIAISON_2, StepRequest.pass(c.claimId, Step.FIRST_CHECK));
        List<ClaimLine> judged = s.claims().lines(c.claimId);
        s.session().signIn(GENERAL);
        Path before = dir.resolve("before.xlsx");
        s.forms().write(c.claimId, before);

        s.session().signIn(cn.banan.hrdesk.testing.Operator.everything("测试"));
        Placement p = s.placements().find(judged.get(0).placementId()).orElseThrow();
        Worker w = s.parties().worker(p.workerId()).orElseThrow();
        s.parties().save(new Worker(w.id(), w.residentId(), "改名后的工人", w.phone(), w.group()));
        Enterprise e = s.enterprises().find(p.enterpriseId()).orElseThrow();
        s.enterprises().save(new EnterpriseForm(e.id(), "改名后的企业有限公司", e.creditCode().value(), e.park(), e.address(), e.industry(), e.note(),
                null, null));
        s.placements().save(new PlacementForm(p.id(), p.workerId(), p.enterpriseId(), p.intermediaryId(), p.channel(), p.hireDate(),
                p.confirmedOn(), LocalDate.of(2014, 4, 30), p.insured().stored(), p.taskRef()));

        assertThat(s.claims().lines(c.claimId)).as("the claim under way keeps what it was judged on").isEqualTo(judged);
        s.session().signIn(GENERAL);
        Path after = dir.resolve("after.xlsx");
        s.forms().write(c.claimId, after);
        assertThat(cells(after)).as("the reprint, cell for cell (but the chains' heads, which moved with the edits)")
                .isEqualTo(cells(before)).noneMatch(t -> t.contains("改名后"));

        as(REVIEWER, StepRequest.refuse(c.claimId, Step.REVIEW, Decision.RETURN, "离职日期有误"));
        assertThat(s.claims().lines(c.claimId)).as("sent back: the lines show the registry as it is, to be judged again")
                .extracting(ClaimLine::workerName).contains("改名后的工人");
        s.session().signIn(LIAISON);
        s.claims().reevaluate(c.claimId, Progress.NONE);
        as(LIAISON, StepRequest.pass(c.claimId, Step.INTAKE));
        as(LIAISON_2, StepRequest.pass(c.claimId, Step.FIRST_CHECK));
        ClaimLine again = s.claims().lines(c.claimId).stream().filter(l -> l.placementId().equals(p.id())).findFirst().orElseThrow();
        assertThat(again.workerName()).isEqualTo("改名后的工人");
        assertThat(again.leaveDate()).isEqualTo(LocalDate.of(2014, 4, 30));

        List<AuditEntry> history = s.audit().history("claim", c.claimId);
        List<AuditEntry> facts = history.stream().filter(h -> h.table().equals("claim_line_fact")).toList();
        assertThat(facts).as("both judgements' facts, two lines each, in the claim's history").hasSize(4);
        assertThat(facts.subList(0, 2)).noneMatch(h -> h.after().contains("改名后的工人"));
        assertThat(facts.subList(2, 4)).filteredOn(h -> h.after().contains("改名后的工人")).hasSize(1);
    }

    private void as(Actor who, StepRequest r) {
        TwoFundClaim.act(s, who, r);
    }

    private static List<String> cells(Path form) throws Exception {
        List<String> all = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(form))) {
            for (var sheet : wb) {
                for (Row r : sheet) {
                    for (Cell cell : r) {
                        String text = f.formatCellValue(cell);
                        if (!text.startsWith("本站校验值")) {
                            all.add(text);
                        }
                    }
                }
            }
        }
        return all;
    }
}
