package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.EnterpriseDetailService;
import cn.banan.hrdesk.registry.EnterpriseService;
import cn.banan.hrdesk.registry.PartyService;
import cn.banan.hrdesk.registry.xlsx.EnterpriseExport;
import cn.banan.hrdesk.registry.xlsx.EnterpriseImport;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.security.Session;
import java.time.Clock;
import java.util.function.Consumer;

/** What the registry tab needs from the program, handed in by the main window. */
public record RegistryContext(EnterpriseService enterprises, EnterpriseDetailService details, cn.banan.hrdesk.registry.EnterpriseAccounts accounts,
                              PartyService parties,
                              EnterpriseImport enterpriseImport, EnterpriseExport enterpriseExport, TaskRunner runner,
                              FileDialogs files, Dialogs dialogs, Texts texts, Clock clock, Consumer<Throwable> onFailure,
                              Session session, RecordHistory history,
                              cn.banan.hrdesk.attachments.ui.AttachmentsOpener attachments) {
}
