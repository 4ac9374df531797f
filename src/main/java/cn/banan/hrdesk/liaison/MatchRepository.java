package cn.banan.hrdesk.liaison;

import static cn.banan.hrdesk.store.generated.Tables.ENTERPRISE;
import static cn.banan.hrdesk.store.generated.Tables.JOB_SEEKER;
import static cn.banan.hrdesk.store.generated.Tables.LABOUR_POST;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Matching a job seeker to posts: the post's name and the post the seeker wants contain one another, there are
 * openings, and the post can pay what the seeker expects (or the seeker named no wage). Best paid first.
 */
public final class MatchRepository {
    public List<PostMatch> forSeeker(DSLContext dsl, String seekerId) {
        var s = JOB_SEEKER.as("s");
        var names = DSL.condition("instr({0}, {1}) > 0 OR instr({1}, {0}) > 0", LABOUR_POST.POST, s.WANTED_POST);
        return dsl.select(ENTERPRISE.NAME, LABOUR_POST.POST, LABOUR_POST.OPENINGS, LABOUR_POST.WAGE_MIN, LABOUR_POST.WAGE_MAX,
                        LABOUR_POST.REQUIREMENTS)
                .from(LABOUR_POST).join(ENTERPRISE).on(ENTERPRISE.ID.eq(LABOUR_POST.ENTERPRISE_ID)).join(s).on(s.ID.eq(seekerId))
                .where(LABOUR_POST.DELETED.isFalse()).and(LABOUR_POST.OPENINGS.gt(0)).and(names)
                .and(s.EXPECTED_WAGE.eq(0).or(LABOUR_POST.WAGE_MAX.ge(s.EXPECTED_WAGE)))
                .orderBy(LABOUR_POST.WAGE_MAX.desc(), ENTERPRISE.NAME)
                .fetch(r -> new PostMatch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
