package cn.banan.hrdesk.exchange;

import cn.banan.hrdesk.core.BoundedInputStream;
import com.google.crypto.tink.KeysetHandle;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Checks a package's signature against the paired sender's key, then decrypts and decompresses its payload for a pass
 * of a visitor. The decompressed size is capped (a few times the ciphertext, plus a floor), so a bomb stops early.
 */
final class PackageOpener {
    static final long FLOOR = 64L << 20;
    static final long RATIO = 64;

    private PackageOpener() {
    }

    static boolean signedBy(PackageEnvelope e, byte[] signKey) {
        try {
            TinkKeys.verifier(signKey).verify(e.signature(), e.digest());
            return true;
        } catch (GeneralSecurityException bad) {
            return false;
        }
    }

    /** One pass over the payload; {@link PayloadInput.BadPayloadException} or an IOException when it is not whole. */
    static void read(Path file, PackageEnvelope e, byte[] agreeKey, PayloadVisitor visitor) throws IOException {
        KeysetHandle payloadKey;
        try {
            payloadKey = TinkKeys.parseSecret(TinkKeys.unwrapper(agreeKey).decrypt(e.wrappedKey(), e.headerBytes()));
        } catch (GeneralSecurityException bad) {
            throw new PayloadInput.BadPayloadException("the payload key does not open");
        }
        long cap = FLOOR + RATIO * e.payloadLength();
        Inflater inflater = new Inflater();
        try (InputStream cipher = e.payload(file);
             InputStream plain = TinkKeys.payload(payloadKey).newDecryptingStream(cipher, e.headerBytes());
             DataInputStream in = new DataInputStream(new BufferedInputStream(new BoundedInputStream(
                     new InflaterInputStream(plain, inflater, 1 << 16), cap, () -> new TooLargeException()), 1 << 16))) {
            new PayloadInput(in).readAll(visitor);
        } catch (GeneralSecurityException bad) {
            throw new PayloadInput.BadPayloadException("the payload does not decrypt");
        } finally {
            inflater.end();
        }
    }

    /** More bytes came out of decompression than any package of this size holds. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("decompressed payload over its cap");
        }
    }
}
