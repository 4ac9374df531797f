package cn.banan.hrdesk.demo;

import java.time.LocalDate;

/**
 * The demo's first year: two years before today, so its story (hires, tasks and meetings of that year, claims of it
 * and the next two, recognitions and agreements running on) reaches up to today, where its workflow steps, work
 * fund and due dates fall, instead of mixing 2014 with today.
 */
record DemoYear(int first) {
    static DemoYear endingAround(LocalDate today) {
        return new DemoYear(today.getYear() - 2);
    }

    /** The year {@code plus} years after the first. */
    int of(int plus) {
        return first + plus;
    }

    LocalDate on(int plus, int month, int day) {
        return LocalDate.of(first + plus, month, day);
    }
}
