package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text file is in, as Chinese offices make them: UTF-8 with or without a BOM (Excel's "CSV UTF-8",
 * WPS, most programs) or GB18030, the superset of GBK (Excel's plain "CSV" on a Chinese Windows). A file that decodes
 * whole as UTF-8 is UTF-8; otherwise it must decode whole as GB18030. A UTF-16 BOM is honoured too.
 */
record TextEncoding(Charset charset, int bomLength) {
    static final Charset GB18030 = Charset.forName("GB18030");

    static TextEncoding of(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (decodesWhole(file, StandardCharsets.UTF_8)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0);
        }
        if (decodesWhole(file, GB18030)) {
            return new TextEncoding(GB18030, 0);
        }
        throw new RefusedFileException(file, "file.encoding");
    }

    /** A strict decoder: a byte that does not belong is an error, not a replacement character. */
    CharsetDecoder decoder() {
        return strict(charset);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodesWhole(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }
}
