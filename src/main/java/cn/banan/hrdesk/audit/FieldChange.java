package cn.banan.hrdesk.audit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One field of a row as a write changed it (a null side: the field was absent or empty there). */
public record FieldChange(String field, String before, String after) {
    /**
     * The fields that differ between two row images, in the row's column order; a new row lists every field it was
     * given, a removed one every field it had. The travelling bookkeeping (id, site, version, time of change) is left
     * out, and so is a new row's not being voided.
     */
    public static List<FieldChange> between(String beforeImage, String afterImage) {
        JsonObject before = parse(beforeImage);
        JsonObject after = parse(afterImage);
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            String was = text(before.get(f));
            String is = text(after.get(f));
            boolean bornLive = f.equals("deleted") && was == null && "0".equals(is);
            if (!java.util.Objects.equals(was, is) && !BOOKKEEPING.contains(f) && !bornLive) {
                changes.add(new FieldChange(f, was, is));
            }
        }
        return changes;
    }

    /** How the row travels and is held, not what it says: its id is the record itself, named beside the entry. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "origin_site", "version", "updated_at", "sync_held");

    private static JsonObject parse(String image) {
        return image == null || image.isBlank() ? new JsonObject() : JsonParser.parseString(image).getAsJsonObject();
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
