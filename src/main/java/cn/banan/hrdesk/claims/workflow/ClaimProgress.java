package cn.banan.hrdesk.claims.workflow;

import cn.banan.hrdesk.claims.ClaimStatus;
import cn.banan.hrdesk.policy.FundingSource;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A claim's status folded from its events. A return (退回补正) starts the path again at intake; who did each step
 * since then is kept for the maker–checker rule.
 */
public final class ClaimProgress {
    private final EnumSet<FundingSource> sources;
    private ClaimStatus status = ClaimStatus.INTAKE;
    private final Map<Step, ClaimEvent> lastPass = new EnumMap<>(Step.class);
    private final Map<FundingSource, ClaimEvent> funded = new EnumMap<>(FundingSource.class);
    private final Map<FundingSource, ClaimEvent> paid = new EnumMap<>(FundingSource.class);

    private ClaimProgress(Collection<FundingSource> sources) {
        this.sources = EnumSet.noneOf(FundingSource.class);
        this.sources.addAll(sources);
    }

    /** {@code events} in the order they happened; {@code sources}: who pays the claim's eligible lines. */
    public static ClaimProgress of(List<ClaimEvent> events, Collection<FundingSource> sources) {
        ClaimProgress p = new ClaimProgress(sources);
        events.forEach(p::apply);
        return p;
    }

    private void apply(ClaimEvent e) {
        switch (e.decision()) {
            case RETURN -> {
                status = ClaimStatus.INTAKE;
                lastPass.clear();
                funded.clear();
                paid.clear();
            }
            case REJECT -> status = ClaimStatus.REJECTED;
            case PASS -> pass(e);
        }
    }

    private void pass(ClaimEvent e) {
        lastPass.put(e.step(), e);
        switch (e.step()) {
            case INTAKE -> status = ClaimStatus.FIRST_CHECK;
            case FIRST_CHECK -> status = ClaimStatus.REVIEW;
            case REVIEW -> status = ClaimStatus.FUNDING;
            case FUNDING -> {
                funded.put(e.fundingSource(), e);
                status = funded.keySet().containsAll(sources) ? ClaimStatus.PAYMENT : ClaimStatus.FUNDING;
            }
            case PAYMENT -> {
                paid.put(e.fundingSource(), e);
                status = paid.keySet().containsAll(sources) ? ClaimStatus.PAID : ClaimStatus.PAYMENT;
            }
            case ARCHIVE -> status = ClaimStatus.ARCHIVED;
        }
    }

    public ClaimStatus status() {
        return status;
    }

    public Set<FundingSource> sources() {
        return EnumSet.copyOf(sources);
    }

    public boolean funded(FundingSource s) {
        return funded.containsKey(s);
    }

    public boolean paid(FundingSource s) {
        return paid.containsKey(s);
    }

    /** The 发放 of {@code s} in the current round, once made. */
    public Optional<ClaimEvent> payment(FundingSource s) {
        return Optional.ofNullable(paid.get(s));
    }

    /** The event a step of {@code step} (for {@code source}, if per source) follows: its doer may not do this one. */
    public Optional<ClaimEvent> previous(Step step, FundingSource source) {
        return Optional.ofNullable(switch (step) {
            case INTAKE -> null;
            case FIRST_CHECK -> lastPass.get(Step.INTAKE);
            case REVIEW -> lastPass.get(Step.FIRST_CHECK);
            case FUNDING -> lastPass.get(Step.REVIEW);
            case PAYMENT -> funded.get(source);
            case ARCHIVE -> lastPass.get(Step.PAYMENT);
        });
    }
}
