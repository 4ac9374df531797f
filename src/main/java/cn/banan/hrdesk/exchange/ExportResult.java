package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.nio.file.Path;

/** A package written: to whom, its number, how many rows, where, and the attached files it carries and leaves for later. */
public record ExportResult(Site to, long seq, long rows, Path file, int files, long fileBytes, int filesWaiting) {

    /** The files carried and held back, in words to add after the rows; empty when the package carries none and none waits. */
    public String filesInWords(cn.banan.hrdesk.core.Texts texts, int budgetMb) {
        String carried = files == 0 ? "" : texts.get("exchange.export.files", files, String.format("%.1f", fileBytes / 1048576.0));
        return filesWaiting == 0 ? carried : carried + texts.get("exchange.export.filesWaiting", filesWaiting, budgetMb);
    }
}
