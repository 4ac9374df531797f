package cn.banan.hrdesk.xlsx;

import java.io.File;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI keeps the temporary files of large workbooks: a folder of this user's own. POI's default,
 * {@code <tmp>/poifiles}, is one folder for every user of the machine: made by the first, then not writable by the
 * next, whose exports fail.
 */
public final class PoiTempFolder {
    private PoiTempFolder() {
    }

    /** Once, at start-up (POI holds the choice for the whole program). */
    public static Path use(Path tmp, String user) {
        Path own = tmp.resolve("hrdesk-poi-" + user.replaceAll("[^A-Za-z0-9_.-]", "_"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(new File(own.toString())));
        return own;
    }
}
