package cn.banan.hrdesk.attachments;

import static cn.banan.hrdesk.store.generated.Tables.ATTACHMENT;

import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.AttachmentRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Attachment rows in SQL; the files themselves are {@link AttachmentFiles}'. */
public final class AttachmentRepository {
    private final RowStamp stamp;

    public AttachmentRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public Attachment insert(DSLContext dsl, AttachmentOwner owner, String ownerId, String fileName, String sha256, long size, String note,
                             String by, LocalDate on) {
        AttachmentRecord r = stamp.stampNew(dsl.newRecord(ATTACHMENT));
        r.setOwnerTable(owner.table());
        r.setOwnerId(ownerId);
        r.setFileName(fileName);
        r.setSha256(sha256);
        r.setSizeBytes(size);
        r.setNote(note);
        r.setAddedBy(by);
        r.setAddedOn(on);
        r.store();
        return toAttachment(r);
    }

    public List<Attachment> of(DSLContext dsl, AttachmentOwner owner, String ownerId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.OWNER_TABLE.eq(owner.table())).and(ATTACHMENT.OWNER_ID.eq(ownerId))
                .and(ATTACHMENT.DELETED.isFalse()).orderBy(ATTACHMENT.ADDED_ON, ATTACHMENT.VERSION).fetch(AttachmentRepository::toAttachment);
    }

    public Optional<Attachment> find(DSLContext dsl, String id) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).and(ATTACHMENT.DELETED.isFalse()).fetchOptional(AttachmentRepository::toAttachment);
    }

    private static Attachment toAttachment(AttachmentRecord r) {
        AttachmentOwner owner = java.util.Arrays.stream(AttachmentOwner.values()).filter(o -> o.table().equals(r.getOwnerTable())).findFirst()
                .orElseThrow();
        return new Attachment(r.getId(), owner, r.getOwnerId(), r.getFileName(), r.getSha256(), r.getSizeBytes(), r.getNote(), r.getAddedBy(),
                r.getAddedOn());
    }
}
