package cn.banan.hrdesk.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where a workbook keeps what the reader needs: its first sheet, its shared strings and styles (either may be
 * absent), and whether its dates count from 1904. Found through the package's relationships, as Excel does, so
 * parts named otherwise than Excel names them are found too.
 */
record WorkbookParts(String firstSheet, String sharedStrings, String styles, boolean date1904) {
    private record Relation(String id, String type, String target) {
    }

    static WorkbookParts find(OoxmlPackage pkg, long limit) throws IOException, SAXException {
        String workbook = null;
        for (Relation r : relations(pkg, "_rels/.rels", limit)) {
            if (r.type().endsWith("/officeDocument")) {
                workbook = OoxmlPackage.resolve("", r.target());
            }
        }
        if (workbook == null) {
            throw new SAXException("no workbook part");
        }
        String[] sheetId = {null};
        boolean[] date1904 = {false};
        XmlParts.parse(pkg.open(workbook, limit, PackagePart.WORKBOOK), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String name = XmlParts.local(localName, qName);
                if (name.equals("sheet") && sheetId[0] == null) {
                    sheetId[0] = XmlParts.attribute(attributes, "id");
                } else if (name.equals("workbookPr")) {
                    String v = XmlParts.attribute(attributes, "date1904");
                    date1904[0] = "1".equals(v) || "true".equals(v);
                }
            }
        });
        String sheet = null;
        String strings = null;
        String styles = null;
        String rels = OoxmlPackage.relsOf(workbook);
        for (Relation r : pkg.has(rels) ? relations(pkg, rels, limit) : List.<Relation>of()) {
            String part = OoxmlPackage.resolve(workbook, r.target());
            if (r.id().equals(sheetId[0])) {
                sheet = part;
            } else if (r.type().endsWith("/sharedStrings")) {
                strings = part;
            } else if (r.type().endsWith("/styles")) {
                styles = part;
            }
        }
        return new WorkbookParts(sheet, present(pkg, strings), present(pkg, styles), date1904[0]);
    }

    private static String present(OoxmlPackage pkg, String part) {
        return part != null && pkg.has(part) ? part : null;
    }

    private static List<Relation> relations(OoxmlPackage pkg, String part, long limit) throws IOException, SAXException {
        List<Relation> found = new ArrayList<>();
        XmlParts.parse(pkg.open(part, limit, PackagePart.RELATIONSHIPS), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
                if (XmlParts.local(localName, qName).equals("Relationship")) {
                    if (found.size() >= OoxmlPackage.MAX_PARTS) {
                        throw new SAXException("too many relationships");
                    }
                    String id = XmlParts.attribute(a, "Id");
                    String type = XmlParts.attribute(a, "Type");
                    String target = XmlParts.attribute(a, "Target");
                    if (id != null && type != null && target != null) {
                        found.add(new Relation(id, type, target));
                    }
                }
            }
        });
        return found;
    }
}
