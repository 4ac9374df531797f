package cn.banan.hrdesk.reports;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.office.GroupPosition;
import cn.banan.hrdesk.office.LeadingGroupRegisters;
import cn.banan.hrdesk.office.OfficeRegisters;
import cn.banan.hrdesk.office.Presence;
import cn.banan.hrdesk.registers.RegisterRow;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.RowRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The monthly report's head: the leading group as it stood in the month, and the month's meetings with who came. */
final class LeadingGroupLines {
    private final RegisterService registers;
    private final Texts t;

    LeadingGroupLines(RegisterService registers, Texts texts) {
        this.registers = registers;
        this.t = texts;
    }

    List<ReportLine> of(YearMonth month) {
        List<ReportLine> lines = new ArrayList<>();
        List<RegisterRow> serving = new ArrayList<>();
        registers.each(LeadingGroupRegisters.MEMBERS, row -> {
            if (LeadingGroupRegisters.servesIn(row, month)) {
                serving.add(row);
            }
        });
        serving.sort(Comparator.comparing((RegisterRow r) -> ((GroupPosition) r.get("position")).ordinal())
                .thenComparing(r -> String.valueOf(r.get("unit"))).thenComparing(r -> (LocalDate) r.get("serves_from")));
        String group = t.get("reports.section.group");
        for (RegisterRow r : serving) {
            String liaison = String.valueOf(r.get("liaison")).isBlank() ? "" : t.get("reports.group.liaison", r.get("liaison"));
            lines.add(new ReportLine(group, t.label((GroupPosition) r.get("position")) + " · " + r.get("unit"),
                    words(r.get("name"), liaison, since(r, month)), null));
        }
        if (serving.isEmpty()) {
            lines.add(new ReportLine(group, t.get("reports.group.none"), "", null));
        }
        Map<String, Map<Presence, Integer>> byMeeting = new java.util.HashMap<>();
        registers.each(LeadingGroupRegisters.ATTENDANCE, a -> byMeeting.computeIfAbsent(((RowRef) a.get("meeting_id")).id(),
                k -> new EnumMap<>(Presence.class)).merge((Presence) a.get("presence"), 1, Integer::sum));
        String meetings = t.get("reports.section.meetings");
        registers.each(OfficeRegisters.MEETINGS, m -> {
            if (m.get("held_on") instanceof LocalDate held && YearMonth.from(held).equals(month)) {
                Map<Presence, Integer> p = byMeeting.getOrDefault(m.id(), Map.of());
                lines.add(new ReportLine(meetings, held + " " + m.get("title"), t.get("reports.meeting.attendance",
                        p.getOrDefault(Presence.PRESENT, 0), p.getOrDefault(Presence.REPRESENTED, 0), p.getOrDefault(Presence.ABSENT, 0)), null));
            }
        });
        return lines;
    }

    /** The parts that say something, one space between. */
    private static String words(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).map(String::strip).filter(p -> !p.isEmpty() && !p.equals("null"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Who came or left within the month says so; a full month says nothing. */
    private String since(RegisterRow r, YearMonth month) {
        LocalDate from = (LocalDate) r.get("serves_from");
        LocalDate to = (LocalDate) r.get("serves_to");
        String in = YearMonth.from(from).equals(month) ? t.get("reports.group.from", from) : "";
        String out = to != null && YearMonth.from(to).equals(month) ? t.get("reports.group.to", to) : "";
        return words(in, out);
    }
}
