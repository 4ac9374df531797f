package cn.banan.hrdesk.xlsx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a sheet's rows as SAX hands them over, one row in memory at a time. A cell past the column limit that holds
 * something, or a cell longer than the cell limit, refuses the file at that row and column.
 */
final class SheetHandler extends DefaultHandler {
    private final Path file;
    private final ReadLimits limits;
    private final CellValue value;
    private final Consumer<SheetRow> rows;
    private final StringBuilder stored = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private Map<Integer, String> texts = new HashMap<>();
    private Map<Integer, LocalDate> dates = new HashMap<>();
    private int rowNumber;
    private int column;
    private String type;
    private String style;
    private StringBuilder collecting;
    private int phonetic;

    SheetHandler(Path file, ReadLimits limits, CellValue value, Consumer<SheetRow> rows) {
        this.file = file;
        this.limits = limits;
        this.value = value;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (XmlParts.local(localName, qName)) {
            case "row" -> {
                Integer r = CellPlace.row(XmlParts.attribute(a, "r"));
                rowNumber = r == null ? rowNumber + 1 : r;
                column = -1;
            }
            case "c" -> {
                Integer c = CellPlace.column(XmlParts.attribute(a, "r"));
                column = c == null ? column + 1 : c;
                type = XmlParts.attribute(a, "t");
                style = XmlParts.attribute(a, "s");
                stored.setLength(0);
                inline.setLength(0);
            }
            case "v" -> collecting = stored;
            case "t" -> collecting = phonetic == 0 ? inline : null;
            case "rPh" -> phonetic++;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (collecting != null) {
            if (collecting.length() + length > limits.cellChars()) {
                throw refuse("file.limit.cellChars", rowNumber, CellReference.convertNumToColString(column), limits.cellChars());
            }
            collecting.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (XmlParts.local(localName, qName)) {
            case "v", "t" -> collecting = null;
            case "rPh" -> phonetic--;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    private void endCell() throws SAXException {
        if (stored.length() == 0 && inline.length() == 0) {
            return;
        }
        if (column >= limits.columns()) {
            throw refuse("file.limit.columns", rowNumber, CellReference.convertNumToColString(column), limits.columns());
        }
        if (!value.read(type, style, stored.toString(), inline.toString())) {
            throw refuse("file.badSharedString", rowNumber, CellReference.convertNumToColString(column));
        }
        texts.put(column, value.text());
        if (value.date() != null) {
            dates.put(column, value.date());
        }
    }

    private void endRow() {
        SheetRow row = new SheetRow(rowNumber, texts, dates);
        texts = new HashMap<>();
        dates = new HashMap<>();
        rows.accept(row);
    }

    private SAXException refuse(String key, Object... args) {
        return new SAXException(new RefusedFileException(file, key, args));
    }
}
