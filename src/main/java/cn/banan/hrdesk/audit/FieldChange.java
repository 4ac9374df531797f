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
     * given, a removed one every field it had. The travelling bookkeeping (version, time of change) is left out.
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
            if (!java.util.Objects.equals(was, is) && !BOOKKEEPING.contains(f)) {
                changes.add(new FieldChange(f, was, is));
            }
        }
        return changes;
    }

    private static final Set<String> BOOKKEEPING = Set.of("version", "updated_at");

    private static JsonObject parse(String image) {
        return image == null || image.isBlank() ? new JsonObject() : JsonParser.parseString(image).getAsJsonObject();
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
