package cn.banan.hrdesk.xlsx;

import java.util.List;
import java.util.function.Consumer;

/**
 * Hands a table file's first row on as the header and the later non-blank rows as rows, whichever reader read them;
 * the caller's own errors pass as theirs.
 */
final class HeaderThenRows implements Consumer<SheetRow> {
    private final Consumer<List<String>> header;
    private final Consumer<SheetRow> each;
    private boolean seenHeader;

    HeaderThenRows(Consumer<List<String>> header, Consumer<SheetRow> each) {
        this.header = header;
        this.each = each;
    }

    @Override
    public void accept(SheetRow row) {
        if (!seenHeader) {
            seenHeader = true;
            Failures.asCaller(header, row.asHeader());
        } else if (!row.isBlank()) {
            Failures.asCaller(each, row);
        }
    }

    void end() {
        if (!seenHeader) {
            seenHeader = true;
            Failures.asCaller(header, List.of());
        }
    }
}
