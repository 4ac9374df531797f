package cn.banan.hrdesk.enterprises;

import static cn.banan.hrdesk.registers.FieldKind.DATE;
import static cn.banan.hrdesk.registers.FieldKind.ENTERPRISE;
import static cn.banan.hrdesk.registers.FieldKind.LONG_TEXT;
import static cn.banan.hrdesk.registers.FieldKind.TEXT;
import static cn.banan.hrdesk.store.generated.Tables.RECOGNITION_REQUEST;

import cn.banan.hrdesk.registers.RegisterField;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.store.RowStamp;
import cn.banan.hrdesk.store.generated.tables.records.RecognitionRequestRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** 认定申请 on the generated table: the register's fields, and what a grant reads and links. */
public final class RecognitionRequestRepository {
    static final RegisterSpec RECOGNITIONS = new RegisterSpec("recognitions", RECOGNITION_REQUEST, "enterprises.recognitions.title",
            "enterprises.recognitions.file", Action.EDIT_RECOGNITION_AND_RETENTION, List.of(
                    RegisterField.of(RECOGNITION_REQUEST.ENTERPRISE_ID, ENTERPRISE, "enterprises.enterprise", 18, true),
                    RegisterField.of(RECOGNITION_REQUEST.REQUESTED_ON, DATE, "enterprises.recognition.requested", 10, true),
                    RegisterField.of(RECOGNITION_REQUEST.REASONS, LONG_TEXT, "enterprises.recognition.reasons", 24, false),
                    RegisterField.of(RECOGNITION_REQUEST.FIGURES, TEXT, "enterprises.recognition.figures", 18, false),
                    RegisterField.of(RECOGNITION_REQUEST.OPINION_ECONOMY, TEXT, "enterprises.recognition.economy", 12, false),
                    RegisterField.of(RECOGNITION_REQUEST.OPINION_FINANCE, TEXT, "enterprises.recognition.finance", 12, false),
                    RegisterField.of(RECOGNITION_REQUEST.OPINION_STATISTICS, TEXT, "enterprises.recognition.statistics", 12, false),
                    RegisterField.choice(RECOGNITION_REQUEST.DECISION, "enterprises.recognition.decision", 7, List.of(RecognitionDecision.values())),
                    RegisterField.of(RECOGNITION_REQUEST.DOCUMENT_NO, TEXT, "enterprises.recognition.document", 16, false),
                    RegisterField.of(RECOGNITION_REQUEST.DECIDED_ON, DATE, "enterprises.recognition.decided", 10, false),
                    RegisterField.of(RECOGNITION_REQUEST.VALID_FROM, DATE, "enterprises.recognition.from", 10, false),
                    RegisterField.of(RECOGNITION_REQUEST.VALID_TO, DATE, "enterprises.recognition.to", 10, false)),
            RECOGNITION_REQUEST.REQUESTED_ON, List.of(), null);

    /** A request as a grant reads it; {@code recognitionId}: the registry's recognition it made, null before. */
    public record RecognitionRequest(String enterpriseId, RecognitionDecision decision, String documentNo, LocalDate decidedOn,
                                     LocalDate validFrom, LocalDate validTo, String recognitionId) {
    }

    private final RowStamp stamp;

    public RecognitionRequestRepository(RowStamp stamp) {
        this.stamp = stamp;
    }

    public Optional<RecognitionRequest> find(DSLContext tx, String id) {
        return tx.fetchOptional(RECOGNITION_REQUEST, RECOGNITION_REQUEST.ID.eq(id).and(RECOGNITION_REQUEST.DELETED.isFalse()))
                .map(r -> new RecognitionRequest(r.getEnterpriseId(), r.getDecision() == null || r.getDecision().isBlank() ? null : RecognitionDecision.valueOf(r.getDecision()),
                        r.getDocumentNo(), r.getDecidedOn(), r.getValidFrom(), r.getValidTo(), r.getRecognitionId()));
    }

    /** Keeps the recognition the request made, so a second press records nothing twice. */
    public void linkRecognition(DSLContext tx, String id, String recognitionId) {
        RecognitionRequestRecord r = tx.fetchSingle(RECOGNITION_REQUEST, RECOGNITION_REQUEST.ID.eq(id));
        r.setRecognitionId(recognitionId);
        stamp.stampChange(r).update();
    }
}
