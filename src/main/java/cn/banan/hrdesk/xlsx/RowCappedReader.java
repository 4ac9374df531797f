package cn.banan.hrdesk.xlsx;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters the CSV parser takes since the last whole row, and stops it once one row passes the limit:
 * a quote never closed would otherwise pull the rest of the file into a single cell. The parser reads ahead, so the
 * count is a little over the row's own length; the limit is far above any real row.
 */
final class RowCappedReader extends FilterReader {
    private final long limit;
    private long sinceRow;
    private boolean end;

    RowCappedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    void rowDone() {
        sinceRow = 0;
    }

    boolean reachedEnd() {
        return end;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? -1 : 1);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        count(n);
        return n;
    }

    private void count(int n) throws RowTooLong {
        if (n < 0) {
            end = true;
            return;
        }
        sinceRow += n;
        if (sinceRow > limit) {
            throw new RowTooLong();
        }
    }

    static final class RowTooLong extends IOException {
        RowTooLong() {
            super("a row is longer than the limit");
        }
    }
}
