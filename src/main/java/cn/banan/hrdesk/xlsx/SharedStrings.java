package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's table of shared strings, which cells of type {@code s} point into. Kept in memory, so its part is
 * capped when opened; a string over the cell limit is refused as it is read, and the counts the file declares are
 * never trusted for sizing anything.
 */
final class SharedStrings {
    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(Path file, InputStream part, int cellChars) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        XmlParts.parse(part, new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inItem;
            private boolean inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                switch (XmlParts.local(localName, qName)) {
                    case "si" -> {
                        inItem = true;
                        text.setLength(0);
                    }
                    case "t" -> inText = inItem && phonetic == 0;
                    case "rPh" -> phonetic++;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (inText) {
                    if (text.length() + length > cellChars) {
                        throw new SAXException(new RefusedFileException(file, "file.limit.sharedString",
                                strings.size() + 1, cellChars));
                    }
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (XmlParts.local(localName, qName)) {
                    case "si" -> {
                        inItem = false;
                        strings.add(XmlParts.unescape(text.toString()));
                    }
                    case "t" -> inText = false;
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }
        });
        return new SharedStrings(strings);
    }

    /** The string at a cell's index, or null when the index is not in the table. */
    String get(String index) {
        try {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < strings.size() ? strings.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
