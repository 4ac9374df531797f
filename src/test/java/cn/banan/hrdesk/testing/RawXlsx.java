package cn.banan.hrdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an .xlsx part by part, as a hostile or unusual producer might: a sheet streamed from a writer (gigabytes of
 * it if asked), shared strings, and a zip directory that lies about the size a part inflates to.
 */
public final class RawXlsx {
    /** Writes a part's content. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String STRINGS = "xl/sharedStrings.xml";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private final Map<String, Content> parts = new LinkedHashMap<>();
    private final Map<String, Long> claimedSizes = new LinkedHashMap<>();

    public RawXlsx(Content sheetData) {
        text("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        text("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        text("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        text("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put(SHEET, out -> {
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            sheetData.write(out);
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A row of inline strings, as its XML. */
    public static String row(int number, String... cells) {
        StringBuilder s = new StringBuilder("<row r=\"" + number + "\">");
        for (String c : cells) {
            s.append("<c t=\"inlineStr\"><is><t>").append(c).append("</t></is></c>");
        }
        return s.append("</row>").toString();
    }

    /** The same bytes {@code times} times over, in chunks, so gigabytes cost no memory to write. */
    public static Content repeated(String text, long times) {
        return out -> {
            byte[] once = text.getBytes(StandardCharsets.UTF_8);
            int per = Math.max(1, (1 << 20) / once.length);
            byte[] chunk = new byte[once.length * per];
            for (int i = 0; i < per; i++) {
                System.arraycopy(once, 0, chunk, i * once.length, once.length);
            }
            long left = times;
            while (left > 0) {
                int n = (int) Math.min(per, left);
                out.write(chunk, 0, n * once.length);
                left -= n;
            }
        };
    }

    public static Content text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Content sequence(Content... contents) {
        return out -> {
            for (Content c : contents) {
                c.write(out);
            }
        };
    }

    public RawXlsx text(String name, String xml) {
        return part(name, text(xml));
    }

    public RawXlsx part(String name, Content content) {
        parts.put(name, content);
        return this;
    }

    /** The zip's directory will say the part inflates to {@code bytes}, whatever it really does. */
    public RawXlsx claimSize(String name, long bytes) {
        claimedSizes.put(name, bytes);
        return this;
    }

    public Path write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, Content> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                p.getValue().write(zip);
                zip.closeEntry();
            }
        }
        for (Map.Entry<String, Long> claim : claimedSizes.entrySet()) {
            patchCentralSize(file, claim.getKey(), claim.getValue());
        }
        return file;
    }

    /** Rewrites the uncompressed size of one entry in the zip's central directory (and so in what ZipFile reports). */
    private static void patchCentralSize(Path file, String name, long size) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = all.length - 46; i >= 0; i--) {
            if (all[i] == 0x50 && all[i + 1] == 0x4b && all[i + 2] == 0x01 && all[i + 3] == 0x02) {
                int nameLength = (all[i + 28] & 0xFF) | (all[i + 29] & 0xFF) << 8;
                if (nameLength == wanted.length && java.util.Arrays.equals(all, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                        raf.seek(i + 24);
                        raf.write(new byte[] {(byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
                    }
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }
}
