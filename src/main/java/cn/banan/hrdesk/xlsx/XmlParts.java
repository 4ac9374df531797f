package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Parses a part with SAX, hardened the way POI hardens its own (no DTDs, no external entities). */
final class XmlParts {
    private XmlParts() {
    }

    static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
        try (InputStream in = part) {
            XMLReader reader;
            try {
                reader = XMLHelper.newXMLReader();
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException("no XML parser", e);
            }
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        }
    }

    /** An element's or attribute's name without its prefix, whichever way the parser reports it. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        return qName.substring(qName.indexOf(':') + 1);
    }

    /** The attribute of that local name, whatever its namespace; null when absent. */
    static String attribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name.equals(local(attributes.getLocalName(i), attributes.getQName(i)))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    /**
     * Undoes OOXML's escape of characters XML cannot hold ({@code _x000D_} for a carriage return); {@code _x005F_}
     * escapes an underscore that would otherwise start one.
     */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.startsWith("_x", i) && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
