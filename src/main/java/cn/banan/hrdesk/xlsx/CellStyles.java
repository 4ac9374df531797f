package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The number format of each cell style: all a reader needs from styles.xml to show a number as Excel does. */
final class CellStyles {
    /** A number format: its id and its pattern ({@code yyyy-mm-dd}, {@code 0.00}, {@code General}). */
    record Format(int id, String pattern) {
    }

    private static final Format GENERAL = new Format(0, "General");
    private final List<Integer> formatOfStyle = new ArrayList<>();
    private final Map<Integer, String> customPatterns = new HashMap<>();

    static CellStyles none() {
        return new CellStyles();
    }

    static CellStyles read(InputStream part) throws IOException, SAXException {
        CellStyles styles = new CellStyles();
        XmlParts.parse(part, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                String name = XmlParts.local(localName, qName);
                if (name.equals("numFmt")) {
                    Integer id = number(XmlParts.attribute(a, "numFmtId"));
                    String code = XmlParts.attribute(a, "formatCode");
                    if (id != null && code != null) {
                        styles.customPatterns.put(id, code);
                    }
                } else if (name.equals("cellXfs")) {
                    inCellXfs = true;
                } else if (name.equals("xf") && inCellXfs) {
                    Integer id = number(XmlParts.attribute(a, "numFmtId"));
                    styles.formatOfStyle.add(id == null ? 0 : id);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (XmlParts.local(localName, qName).equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        return styles;
    }

    /** The format of a cell's style ({@code s} attribute); General for a missing or unknown style. */
    Format format(String styleIndex) {
        Integer style = number(styleIndex);
        if (style == null || style < 0 || style >= formatOfStyle.size()) {
            return GENERAL;
        }
        int id = formatOfStyle.get(style);
        String pattern = customPatterns.get(id);
        if (pattern == null) {
            pattern = id >= 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX ? BuiltinFormats.getBuiltinFormat(id) : null;
        }
        return pattern == null ? GENERAL : new Format(id, pattern);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
