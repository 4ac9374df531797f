package cn.banan.hrdesk.people;

import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.security.PersonalData;
import cn.banan.hrdesk.security.Session;
import java.util.List;
import org.jooq.DSLContext;

/**
 * 人员查询: everything about a person, found by ID number or by part of a name, in every enterprise and year. A park's
 * user sees the park's hires and claims; ID numbers show whole only to the roles that may see them.
 */
public final class PersonLookup {
    /** Per kind of record: a one-character name can match thousands of people; the person narrows it. */
    public static final int LIMIT = 500;
    private final DSLContext dsl;
    private final PersonRepository people;
    private final Session session;

    public PersonLookup(DSLContext dsl, PersonRepository people, Session session) {
        this.dsl = dsl;
        this.people = people;
        this.session = session;
    }

    /** What was found; {@code cut} when some kind of record had more than {@link #LIMIT}. */
    public record Found(List<PersonRecord> records, boolean cut) {
    }

    public Found find(String text) {
        session.current();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ValidationException(List.of(cn.banan.hrdesk.core.FieldProblem.of("text", "people.find.empty")));
        }
        PersonQuery q = new PersonQuery(t, session.parkScope());
        List<PersonRecord> found = people.find(dsl, q, LIMIT + 1);
        java.util.Map<PersonRecord.Kind, Integer> seen = new java.util.EnumMap<>(PersonRecord.Kind.class);
        List<PersonRecord> kept = new java.util.ArrayList<>();
        for (PersonRecord r : found) {
            if (seen.merge(r.kind(), 1, Integer::sum) <= LIMIT) {
                kept.add(r);
            }
        }
        // person by person (a job seeker, who has no number, beside the namesake), then kind by kind, oldest first
        kept.sort(java.util.Comparator.comparing(PersonRecord::name).thenComparing(r -> r.residentId() == null ? "" : r.residentId())
                .thenComparing(PersonRecord::kind).thenComparing(r -> r.date() == null ? java.time.LocalDate.MIN : r.date()));
        return new Found(kept, kept.size() < found.size());
    }

    /** Whether ID numbers show whole to whoever asks ({@code asked}: the command line's --full-ids). */
    public boolean fullIds(boolean asked) {
        return PersonalData.inFull(session, asked);
    }
}
