package cn.banan.hrdesk.reports.annual;

/** A group (a task, a channel, a person's group, an enterprise) with up to three counts, as SQL summed them. */
public record Tally(String key, String name, long first, long second, long third) {
}
