package cn.banan.hrdesk.liaison;

import java.util.List;
import org.jooq.DSLContext;

/** 人力资源市场信息库: the posts a registered job seeker may fit. Read only. */
public final class Matching {
    private final DSLContext dsl;
    private final MatchRepository repository;

    public Matching(DSLContext dsl, MatchRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<PostMatch> forSeeker(String seekerId) {
        return repository.forSeeker(dsl, seekerId);
    }
}
