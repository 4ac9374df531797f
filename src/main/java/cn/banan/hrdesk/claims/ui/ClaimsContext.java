package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.claims.ClaimService;
import cn.banan.hrdesk.claims.PlacementService;
import cn.banan.hrdesk.claims.forms.ApprovalForms;
import cn.banan.hrdesk.claims.roster.RosterImport;
import cn.banan.hrdesk.claims.workflow.NoticeService;
import cn.banan.hrdesk.claims.workflow.ObjectionService;
import cn.banan.hrdesk.claims.workflow.WorkflowService;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.params.PolicyParameterService;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import java.time.Clock;
import java.util.function.Consumer;

/** What the claims tab needs from the program, handed in by the main window. */
public record ClaimsContext(ClaimService claims, PlacementService placements, PolicyParameterService parameters, RosterImport rosterImport, EnterpriseService enterprises,
                            PartyService parties, WorkflowService workflow, NoticeService notices, ObjectionService objections,
                            cn.banan.hrdesk.claims.payments.PaymentBatches paymentBatches,
                            cn.banan.hrdesk.attachments.Attachments attachments, ApprovalForms forms, Session session,
                            TaskRunner runner, FileDialogs files, Dialogs dialogs, Texts texts, Clock clock, Consumer<Throwable> onFailure,
                            RecordHistory history) {
}
