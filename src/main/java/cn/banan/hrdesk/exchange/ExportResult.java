package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.nio.file.Path;

/** A package written: to whom, its number, how many rows, where. */
public record ExportResult(Site to, long seq, long rows, Path file) {
}
