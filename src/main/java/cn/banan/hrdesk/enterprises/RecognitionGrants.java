package cn.banan.hrdesk.enterprises;

import cn.banan.hrdesk.core.FieldProblem;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.ValidationException;
import cn.banan.hrdesk.registry.EnterpriseDetailRepository;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.security.Action;
import cn.banan.hrdesk.security.Session;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A granted request becomes the enterprise's recognition in the registry (what R3 checks), once: the request keeps
 * the recognition it made, so pressing the button twice records nothing twice.
 */
public final class RecognitionGrants {
    private final DSLContext dsl;
    private final RecognitionRequestRepository requests;
    private final EnterpriseDetailRepository details;
    private final Session session;
    private final Texts texts;

    public RecognitionGrants(DSLContext dsl, RecognitionRequestRepository requests, EnterpriseDetailRepository details, Session session, Texts texts) {
        this.dsl = dsl;
        this.requests = requests;
        this.details = details;
        this.session = session;
        this.texts = texts;
    }

    /** True when it was written now; false when the request had already been written. */
    public boolean record(String requestId) {
        // writing a granted recognition into the registry is the recognition's owners' (区经信委, 企业服务部, the parks)
        session.require(Action.EDIT_RECOGNITION_AND_RETENTION);
        return dsl.transactionResult(tx -> {
            RecognitionRequestRepository.RecognitionRequest row = requests.find(tx.dsl(), requestId).orElseThrow();
            if (row.recognitionId() != null) {
                return false;
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (row.decision() != RecognitionDecision.GRANTED) {
                problems.add(FieldProblem.of("decision", "enterprises.problem.notGranted"));
            }
            if (row.documentNo() == null || row.documentNo().isBlank()) {
                problems.add(FieldProblem.of("document_no", "registry.problem.required"));
            }
            if (row.decidedOn() == null) {
                problems.add(FieldProblem.of("decided_on", "registry.problem.required"));
            }
            if (row.validFrom() == null) {
                problems.add(FieldProblem.of("valid_from", "registry.problem.required"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String id = details.insertRecognition(tx.dsl(), row.enterpriseId(), new Recognition(null, texts.get("enterprises.recognition.units"),
                    row.decidedOn(), row.documentNo().strip(), row.validFrom(), row.validTo()));
            requests.linkRecognition(tx.dsl(), requestId, id);
            return true;
        });
    }
}
