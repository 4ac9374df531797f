package cn.banan.hrdesk.xlsx;

/**
 * How much of a handed-in table file is read before it is refused. Every reader checks these as it goes, so memory
 * stays flat however large or hostile the file: a decompression bomb, a sheet thousands of columns wide, a cell
 * megabytes long, a quote never closed. The defaults leave a real roster of a million rows well inside.
 *
 * @param sheetBytes        the first sheet's XML once inflated (Excel's 1,048,576 rows of a wide roster fit)
 * @param sharedStringBytes the workbook's shared strings once inflated: they are kept in memory while reading
 * @param partBytes         every other part read (workbook, relationships, styles) once inflated
 * @param columns           columns in a row
 * @param cellChars         characters in a cell (Excel's own limit)
 * @param rowChars          characters in one CSV row, quotes included
 * @param csvBytes          a CSV file's size
 */
public record ReadLimits(long sheetBytes, long sharedStringBytes, long partBytes, int columns, int cellChars,
                         int rowChars, long csvBytes) {
    private static final long MIB = 1L << 20;

    public static final ReadLimits DEFAULT = new ReadLimits(1024 * MIB, 32 * MIB, 16 * MIB, 200, 32_767,
            1 << 20, 1024 * MIB);

    /** Bytes as a person reads them: 1 GB, 32 MB. */
    public static String size(long bytes) {
        return bytes >= 1024 * MIB && bytes % (1024 * MIB) == 0 ? bytes / (1024 * MIB) + " GB"
                : bytes >= MIB ? bytes / MIB + " MB" : bytes + " B";
    }
}
