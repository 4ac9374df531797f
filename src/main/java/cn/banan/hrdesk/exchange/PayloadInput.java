package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.Site;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the frames that {@link PayloadOutput} writes, refusing anything it would not write: an unknown frame, a
 * name that is not a plain lower-case identifier (so never a path), a row before its table, a value over its cap,
 * a row count that differs from the end frame's, bytes after the end.
 */
final class PayloadInput {
    static final int MAX_COLUMNS = 128;
    static final int MAX_TEXT = 1 << 20;
    static final int MAX_BLOB = 16 << 20;
    /** The largest file anyone may attach (20 MB). */
    static final int MAX_FILE = 20 << 20;
    private final DataInputStream in;

    PayloadInput(DataInputStream in) {
        this.in = in;
    }

    /** Reads to the end; {@link BadPayloadException} for anything malformed. */
    void readAll(PayloadVisitor v) throws IOException {
        int columns = -1;
        long rows = 0;
        boolean coverage = false;
        try {
            while (true) {
                int frame = in.read();
                switch (frame) {
                    case 'A' -> {
                        if (coverage) {
                            throw new BadPayloadException("a second coverage frame");
                        }
                        coverage = true;
                        v.coverage(new PackageCoverage(in.readLong(), in.readLong(), in.readLong()));
                    }
                    case 'H' -> v.head(new ChainHead(ChainHead.Chain.LEDGER, site(name()), in.readLong(), name()));
                    case 'W' -> v.head(new ChainHead(ChainHead.Chain.AUDIT, site(name()), in.readLong(), name()));
                    case 'T' -> {
                        String table = name();
                        columns = in.readUnsignedShort();
                        if (columns == 0 || columns > MAX_COLUMNS) {
                            throw new BadPayloadException("column count " + columns);
                        }
                        List<String> names = new ArrayList<>(columns);
                        for (int i = 0; i < columns; i++) {
                            names.add(name());
                        }
                        v.table(table, names);
                    }
                    case 'R' -> {
                        if (columns < 0 || !coverage) {
                            throw new BadPayloadException("a row before its table");
                        }
                        long parent = in.readLong();
                        Object[] values = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            values[i] = value();
                        }
                        rows++;
                        v.row(parent, values);
                    }
                    case 'F' -> {
                        String sha = name();
                        long n = in.readLong();
                        if (!coverage || !sha.matches("[0-9a-f]{64}") || n <= 0 || n > MAX_FILE) {
                            throw new BadPayloadException("a file frame");
                        }
                        byte[] content = in.readNBytes((int) n);
                        if (content.length != n) {
                            throw new EOFException();
                        }
                        v.file(sha, content);
                    }
                    case 'Z' -> {
                        if (in.readLong() != rows || in.read() != -1 || !coverage) {
                            throw new BadPayloadException("row count or bytes after the end");
                        }
                        v.end();
                        return;
                    }
                    default -> throw new BadPayloadException("frame " + frame);
                }
            }
        } catch (EOFException e) {
            throw new BadPayloadException("ends early");
        }
    }

    private Object value() throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case PayloadOutput.NULL -> null;
            case PayloadOutput.LONG -> in.readLong();
            case PayloadOutput.REAL -> in.readDouble();
            case PayloadOutput.TEXT -> new String(bytes(MAX_TEXT), StandardCharsets.UTF_8);
            case PayloadOutput.BLOB -> bytes(MAX_BLOB);
            default -> throw new BadPayloadException("value tag " + tag);
        };
    }

    private byte[] bytes(int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new BadPayloadException("value of " + n + " bytes");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException();
        }
        return b;
    }

    private String name() throws IOException {
        int n = in.readUnsignedShort();
        if (n == 0 || n > 64) {
            throw new BadPayloadException("name of " + n + " bytes");
        }
        String s = new String(in.readNBytes(n), StandardCharsets.US_ASCII);
        if (!s.matches("[a-z0-9_]+")) {
            throw new BadPayloadException("name " + s.replaceAll("[^ -~]", "?"));
        }
        return s;
    }

    private static Site site(String name) {
        for (Site s : Site.values()) {
            if (s.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return s;
            }
        }
        throw new BadPayloadException("site " + name);
    }

    /** The payload is not what this program writes (the signature held, so a paired site's program made it wrong). */
    static final class BadPayloadException extends RuntimeException {
        BadPayloadException(String what) {
            super(what);
        }
    }
}
