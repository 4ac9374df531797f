package cn.banan.hrdesk.attachments;

import java.time.LocalDate;

/** A file attached to a record: its name as it was, its size and SHA-256 (by which it is kept), who added it and when. */
public record Attachment(String id, AttachmentOwner owner, String ownerId, String fileName, String sha256, long sizeBytes, String note,
                         String addedBy, LocalDate addedOn) {
    /** The size as people read it: 12 KB, 3.4 MB. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
