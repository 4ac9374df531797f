package cn.banan.hrdesk.exchange;

import com.google.crypto.tink.KeysetHandle;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a package beside its final name and moves it there only when it is whole and signed, so a stick pulled out
 * half-way never holds something that looks like a package. Memory stays flat: the payload streams through
 * compression and encryption to the file.
 */
final class PackageWriter {
    interface Body {
        void writeTo(PayloadOutput out) throws IOException;
    }

    private PackageWriter() {
    }

    static void write(Path target, PackageHeader header, byte[] addresseeAgreeKey, byte[] senderSignKey, Body body)
            throws IOException, GeneralSecurityException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            byte[] headerBytes = header.bytes();
            KeysetHandle payloadKey = TinkKeys.newPayloadKey();
            byte[] wrapped = TinkKeys.wrapper(addresseeAgreeKey).encrypt(TinkKeys.secret(payloadKey), headerBytes);
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                ByteBuffer prefix = ByteBuffer.allocate(PackageEnvelope.MAGIC.length + 4 + headerBytes.length + wrapped.length + 8);
                prefix.put(PackageEnvelope.MAGIC).putShort((short) headerBytes.length).put(headerBytes)
                        .putShort((short) wrapped.length).put(wrapped).putLong(0).flip();
                writeFully(ch, prefix);
                long payloadStart = ch.position();
                OutputStream file = new BufferedOutputStream(new NonClosing(Channels.newOutputStream(ch)), 1 << 16);
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(
                        TinkKeys.payload(payloadKey).newEncryptingStream(file, headerBytes), deflater, 1 << 16), 1 << 16))) {
                    body.writeTo(new PayloadOutput(out));
                } finally {
                    deflater.end();
                }
                long payloadLength = ch.size() - payloadStart;
                ch.write(ByteBuffer.allocate(8).putLong(payloadLength).flip(), payloadStart - 8);
                byte[] signature = TinkKeys.signer(senderSignKey).sign(digest(ch));
                ch.position(ch.size());
                writeFully(ch, ByteBuffer.allocate(2 + signature.length).putShort((short) signature.length).put(signature).flip());
                ch.force(true);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static byte[] digest(FileChannel ch) throws IOException {
        MessageDigest sha = Sha256.create();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long at = 0;
        while (at < ch.size()) {
            buffer.clear();
            int n = ch.read(buffer, at);
            buffer.flip();
            sha.update(buffer);
            at += n;
        }
        return sha.digest();
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Tink closes the stream it writes to; the channel must stay open for the length and the signature. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
