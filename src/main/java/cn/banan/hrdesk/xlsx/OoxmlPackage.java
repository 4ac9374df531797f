package cn.banan.hrdesk.xlsx;

import cn.banan.hrdesk.core.BoundedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip inside an .xlsx, opened for reading parts by name. Every part comes through a stream that counts what it
 * inflates and refuses the file once a part passes its limit, whatever the zip's directory claims.
 */
final class OoxmlPackage implements Closeable {
    /** A real workbook has a few dozen parts; a zip of millions would fill memory with its directory alone. */
    static final int MAX_PARTS = 10_000;
    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> parts = new HashMap<>();

    OoxmlPackage(Path file) throws IOException {
        this.file = file;
        this.zip = new ZipFile(file.toFile());
        if (zip.size() > MAX_PARTS) {
            zip.close();
            throw new RefusedFileException(file, "file.limit.parts", MAX_PARTS);
        }
        zip.stream().forEach(e -> parts.put(e.getName().toLowerCase(Locale.ROOT), e));
    }

    boolean has(String name) {
        return parts.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The part's inflated bytes, at most {@code limit} of them; {@code what} names the part in the refusal. */
    InputStream open(String name, long limit, PackagePart what) throws IOException {
        ZipEntry entry = parts.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new UnreadableWorkbookException(file, new java.io.FileNotFoundException(name));
        }
        if (entry.getSize() > limit) {
            throw new RefusedFileException(file, "file.limit.inflated", what, ReadLimits.size(limit));
        }
        return new BoundedInputStream(zip.getInputStream(entry), limit,
                () -> new LimitPassed(new RefusedFileException(file, "file.limit.inflated", what, ReadLimits.size(limit))));
    }

    /** The relationships part that belongs to {@code part}: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship's target, relative to the folder of the part it belongs to (or absolute), as a part name. */
    static String resolve(String fromPart, String target) {
        String path = target.startsWith("/") ? target.substring(1)
                : fromPart.substring(0, fromPart.lastIndexOf('/') + 1) + target;
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                kept.pollLast();
            } else if (!step.isEmpty() && !step.equals(".")) {
                kept.addLast(step);
            }
        }
        return String.join("/", kept);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Carries a refusal out through the XML parser, which passes on what its stream throws as an IOException. */
    static final class LimitPassed extends IOException {
        LimitPassed(RefusedFileException refusal) {
            super(refusal);
        }
    }
}
