package cn.banan.hrdesk.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes, then reports the end; or, with {@code overflow}, throws what it gives. */
public final class BoundedInputStream extends FilterInputStream {
    private long left;
    private final java.util.function.Supplier<IOException> overflow;

    public BoundedInputStream(InputStream in, long limit) {
        this(in, limit, null);
    }

    public BoundedInputStream(InputStream in, long limit, java.util.function.Supplier<IOException> overflow) {
        super(in);
        this.left = limit;
        this.overflow = overflow;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
            if (overflow != null && super.read() >= 0) {
                throw overflow.get();
            }
            return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return super.skip(Math.min(n, left));
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), left);
    }
}
