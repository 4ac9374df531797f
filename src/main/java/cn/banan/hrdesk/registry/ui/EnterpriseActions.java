package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.ui.ImportProblemsDialog;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registry.Enterprise;
import cn.banan.hrdesk.registry.EnterpriseQuery;
import cn.banan.hrdesk.registry.EnterpriseRow;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Window;

/** What the enterprise list's buttons do: open the editor, import, export, write the template. */
final class EnterpriseActions implements EnterpriseListView.Actions {
    private final RegistryContext ctx;
    private final Supplier<EnterpriseQuery> shown;
    private final Supplier<Scene> scene;
    private final Runnable refresh;

    EnterpriseActions(RegistryContext ctx, Supplier<Scene> scene, Runnable refresh, Supplier<EnterpriseQuery> shown) {
        this.ctx = ctx;
        this.shown = shown;
        this.scene = scene;
        this.refresh = refresh;
    }

    private Window window() {
        return scene.get().getWindow();
    }

    @Override
    public void create() {
        open(null);
    }

    @Override
    public void edit(EnterpriseRow row) {
        if (row != null) {
            ctx.runner().run(UiTask.of(null, p -> ctx.enterprises().find(row.id()).orElseThrow())
                    .onSuccess(this::open).onFailure(ctx.onFailure()));
        }
    }

    private void open(Enterprise existing) {
        EnterpriseFormViewModel vm = new EnterpriseFormViewModel(ctx.enterprises(), ctx.runner(), ctx.texts(), ctx.clock(), existing);
        EnterpriseDetailsViewModel details = existing == null ? null : new EnterpriseDetailsViewModel(existing.id(),
                ctx.enterprises(), ctx.details(), ctx.runner(), ctx.texts(), ctx.onFailure());
        EnterpriseAccountViewModel account = existing == null ? null : new EnterpriseAccountViewModel(existing.id(), ctx.accounts(), ctx.runner(),
                ctx.texts(), ctx.onFailure());
        ctx.history().attach(new EnterpriseEditor(window(), vm, details, account, ctx.texts(), ctx.onFailure(),
                (win, r) -> ctx.attachments().open(win, cn.banan.hrdesk.attachments.AttachmentOwner.RECOGNITION, r.id(),
                        ctx.texts().get("attachments.ofRecognition", existing.name(), r.documentNo()))), "enterprise",
                existing == null ? null : existing.id()).showAndWait();
        refresh.run();
    }

    @Override
    public void importFile() {
        Texts t = ctx.texts();
        ctx.files().open(t.get("registry.import.chooseFile"), "xlsx").ifPresent(file -> runImport(file, ImportMode.ALL_OR_NOTHING, null));
    }

    private void runImport(Path file, ImportMode mode, Path errors) {
        Texts t = ctx.texts();
        ctx.runner().run(UiTask.of(t.get("registry.import.running", file.getFileName()),
                        p -> ctx.enterpriseImport().run(file, mode, errors, p))
                .onSuccess(report -> {
                    refresh.run();
                    if (!report.hasProblems()) {
                        ctx.dialogs().info(window(), t.get("registry.import.succeeded", report.imported()));
                    } else {
                        showProblems(file, mode, report);
                    }
                })
                .onFailure(ctx.onFailure()));
    }

    private void showProblems(Path file, ImportMode mode, ImportReport report) {
        Texts t = ctx.texts();
        ImportProblemsDialog dialog = new ImportProblemsDialog(window(), report, mode == ImportMode.ALL_OR_NOTHING, t);
        dialog.showAndWait().filter(Boolean::booleanValue).ifPresent(goodOnly ->
                ctx.files().save(t.get("registry.import.chooseErrorFile"), t.get("registry.import.errorFileName"))
                        .ifPresent(errors -> runImport(file, ImportMode.GOOD_ROWS_ONLY, errors)));
    }

    @Override
    public void exportFile() {
        Texts t = ctx.texts();
        EnterpriseQuery query = shown.get();
        ctx.files().save(t.get("registry.export.chooseFile"), t.get("registry.export.fileName")).ifPresent(file ->
                ctx.runner().run(UiTask.of(t.get("registry.export.running"), p -> ctx.enterpriseExport().export(file, query, p))
                        .onSuccess(n -> ctx.dialogs().info(window(), t.get("registry.export.done", n, file)))
                        .onFailure(ctx.onFailure())));
    }

    @Override
    public void template() {
        Texts t = ctx.texts();
        ctx.files().save(t.get("registry.export.chooseTemplate"), t.get("registry.export.templateName")).ifPresent(file ->
                ctx.runner().run(UiTask.of(null, p -> {
                    ctx.enterpriseExport().template(file);
                    return file;
                }).onSuccess(f -> ctx.dialogs().info(window(), t.get("registry.export.templateDone", f))).onFailure(ctx.onFailure())));
    }
}
