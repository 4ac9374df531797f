package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.BoundedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * A package file: magic, header, the payload key wrapped for the addressee, the encrypted payload, and the sender's
 * signature over the SHA-256 of everything before it. Every length is checked against a cap and against the file's
 * size before anything is read into memory.
 */
record PackageEnvelope(PackageHeader header, byte[] headerBytes, byte[] wrappedKey, long payloadOffset, long payloadLength,
                       byte[] digest, byte[] signature) {
    static final byte[] MAGIC = {'H', 'R', 'D', 'X', 'P', 'K', 'G', '1'};
    static final int MAX_HEADER = 4096;
    static final int MAX_WRAPPED_KEY = 4096;
    static final int MAX_SIGNATURE = 512;

    /** Reads the framing and hashes the signed part; null for "not a package", a refusal for a damaged one. */
    static PackageEnvelope read(Path file, Path shownAs) throws IOException {
        long size = Files.size(file);
        MessageDigest sha = Sha256.create();
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return null;
            }
            sha.update(magic);
            byte[] header = block(in, sha, MAX_HEADER, shownAs);
            byte[] wrapped = block(in, sha, MAX_WRAPPED_KEY, shownAs);
            long payloadLength = in.readLong();
            sha.update(ByteBuffer.allocate(8).putLong(payloadLength).array());
            long payloadOffset = MAGIC.length + 2 + header.length + 2 + wrapped.length + 8;
            if (payloadLength < 0 || payloadLength > size - payloadOffset - 2) {
                throw Refusal.of("exchange.package.damaged", shownAs);
            }
            byte[] buffer = new byte[1 << 16];
            long left = payloadLength;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw Refusal.of("exchange.package.damaged", shownAs);
                }
                sha.update(buffer, 0, n);
                left -= n;
            }
            byte[] digest = sha.digest();
            int sigLength = in.readUnsignedShort();
            if (sigLength == 0 || sigLength > MAX_SIGNATURE || payloadOffset + payloadLength + 2 + sigLength != size) {
                throw Refusal.of("exchange.package.damaged", shownAs);
            }
            byte[] signature = in.readNBytes(sigLength);
            PackageHeader h = PackageHeader.parse(header);
            if (h == null) {
                throw Refusal.of("exchange.package.damaged", shownAs);
            }
            return new PackageEnvelope(h, header, wrapped, payloadOffset, payloadLength, digest, signature);
        } catch (EOFException e) {
            throw Refusal.of("exchange.package.damaged", shownAs);
        }
    }

    private static byte[] block(DataInputStream in, MessageDigest sha, int max, Path shownAs) throws IOException {
        int length = in.readUnsignedShort();
        if (length == 0 || length > max) {
            throw Refusal.of("exchange.package.damaged", shownAs);
        }
        byte[] b = in.readNBytes(length);
        if (b.length != length) {
            throw Refusal.of("exchange.package.damaged", shownAs);
        }
        sha.update((byte) (length >>> 8));
        sha.update((byte) length);
        sha.update(b);
        return b;
    }

    /** The payload's ciphertext, read from the file in place. */
    InputStream payload(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ch.position(payloadOffset);
        return new BoundedInputStream(java.nio.channels.Channels.newInputStream(ch), payloadLength);
    }
}
