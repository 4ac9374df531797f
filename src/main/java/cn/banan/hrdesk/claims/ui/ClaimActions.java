package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.claims.workflow.Step;
import cn.banan.hrdesk.core.Texts;
import java.time.LocalDate;
import java.util.List;
import cn.banan.hrdesk.ui.ImportProblemsDialog;
import cn.banan.hrdesk.ui.UiTask;
import cn.banan.hrdesk.xlsx.ImportMode;
import cn.banan.hrdesk.xlsx.ImportReport;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Window;

/** What the claims tab's buttons do. */
final class ClaimActions implements ClaimDetailPane.Actions, WorkflowPane.Actions {
    private final ClaimsContext ctx;
    private final Supplier<Scene> scene;
    private final ClaimDetailViewModel detail;
    private final WorkflowViewModel flow;
    private final Runnable refresh;
    private final Consumer<String> show;

    ClaimActions(ClaimsContext ctx, Supplier<Scene> scene, ClaimDetailViewModel detail, WorkflowViewModel flow, Runnable refresh,
                 Consumer<String> show) {
        this.ctx = ctx;
        this.scene = scene;
        this.detail = detail;
        this.flow = flow;
        this.refresh = refresh;
        this.show = show;
    }

    private Window window() {
        return scene.get().getWindow();
    }

    void create() {
        NewClaimViewModel vm = new NewClaimViewModel(ctx.claims(), ctx.enterprises(), ctx.parties(), ctx.runner(), ctx.texts(), ctx.clock());
        ClaimDialogs.newClaim(window(), vm, ctx.texts(), ctx.onFailure()).showAndWait().ifPresent(show);
    }

    @Override
    public void addPlacements() {
        Claim claim = detail.claim().get();
        ctx.runner().run(UiTask.of(null, p -> ctx.placements().candidates(claim, "", 0, 2000)).onSuccess(page ->
                ClaimDialogs.pickPlacements(window(), page, ctx.texts()).ifPresent(ids -> detail.addPlacements(ids, refresh)))
                .onFailure(ctx.onFailure()));
    }

    @Override
    public void importRoster() {
        Texts t = ctx.texts();
        ctx.files().open(t.get("claims.roster.choose"), "xlsx").ifPresent(file -> runImport(file, ImportMode.ALL_OR_NOTHING, null));
    }

    private void runImport(Path file, ImportMode mode, Path errors) {
        Texts t = ctx.texts();
        Claim claim = detail.claim().get();
        ctx.runner().run(UiTask.of(t.get("registry.import.running", file.getFileName()), p -> ctx.rosterImport().run(claim, file, mode, errors, p))
                .onSuccess(report -> {
                    refresh.run();
                    if (report.hasProblems()) {
                        showProblems(file, mode, report);
                    } else {
                        ctx.dialogs().info(window(), t.get("claims.roster.done", report.imported()));
                    }
                }).onFailure(ctx.onFailure()));
    }

    private void showProblems(Path file, ImportMode mode, ImportReport report) {
        Texts t = ctx.texts();
        new ImportProblemsDialog(window(), report, mode == ImportMode.ALL_OR_NOTHING, t).showAndWait().filter(Boolean::booleanValue)
                .flatMap(yes -> ctx.files().save(t.get("registry.import.chooseErrorFile"), t.get("claims.roster.errorFileName")))
                .ifPresent(errors -> runImport(file, ImportMode.GOOD_ROWS_ONLY, errors));
    }

    @Override
    public void template() {
        Texts t = ctx.texts();
        ctx.files().save(t.get("claims.roster.chooseTemplate"), t.get("claims.roster.templateName")).ifPresent(file ->
                ctx.runner().run(UiTask.of(null, p -> {
                    ctx.rosterImport().template(file);
                    return file;
                }).onSuccess(f -> ctx.dialogs().info(window(), t.get("registry.export.templateDone", f))).onFailure(ctx.onFailure())));
    }

    @Override
    public void reevaluate() {
        detail.reevaluate(refresh);
    }

    @Override
    public void history() {
        if (detail.claim().get() != null) {
            ctx.history().show(window(), "claim", detail.claim().get().id());
        }
    }

    @Override
    public void objections() {
        if (detail.claim().get() != null) {
            ObjectionsViewModel vm = new ObjectionsViewModel(ctx.objections(), ctx.session(), ctx.runner(), ctx.texts(), ctx.onFailure());
            vm.open(detail.claim().get().id(), List.copyOf(detail.lines()));
            new ObjectionsDialog(vm, ctx).show(window(), refresh);
        }
    }

    @Override
    public void attachments() {
        Claim claim = detail.claim().get();
        if (claim != null) {
            var vm = new cn.banan.hrdesk.attachments.ui.AttachmentsViewModel(ctx.attachments(), ctx.session(), ctx.runner(), ctx.onFailure(),
                    cn.banan.hrdesk.attachments.AttachmentOwner.CLAIM, claim.id());
            new cn.banan.hrdesk.attachments.ui.AttachmentsDialog(vm, ctx.texts(), ctx.files(), ctx.dialogs()).show(window(),
                    ctx.texts().get("attachments.ofClaim", claim.claimNo()));
        }
    }

    @Override
    public void clear(ClaimFlag flag) {
        if (flag != null) {
            ClaimDialogs.clearFlag(window(), ctx.texts(), flag).ifPresent(reason -> detail.clearFlag(flag, reason, refresh));
        }
    }

    @Override
    public void step() {
        Claim claim = detail.claim().get();
        Step next = flow.status().get() == null ? null : flow.status().get().nextStep();
        if (claim == null || next == null) {
            return;
        }
        ctx.runner().run(UiTask.of(null, p -> ctx.claims().payee(claim.id()))
                .onSuccess(a -> StepDialog.of(window(), flow, next, ctx.texts(), a.map(x -> x.accountName()).orElse(null),
                        a.map(x -> x.accountNo()).orElse(null), LocalDate.now(ctx.clock())).showAndWait().ifPresent(done -> refresh.run()))
                .onFailure(ctx.onFailure()));
    }

    @Override
    public void printForm() {
        Claim claim = detail.claim().get();
        Texts t = ctx.texts();
        ctx.files().save(t.get("forms.choose"), claim.claimNo() + ".xlsx").ifPresent(file ->
                ctx.runner().run(UiTask.of(t.get("forms.writing"), p -> {
                    ctx.forms().write(claim.id(), file);
                    return file;
                }).onSuccess(f -> {
                    // printing is the reason for the form: offer to open it where the clerk prints (Excel, WPS)
                    if (ctx.dialogs().confirm(window(), t.get("forms.writtenOpen", claim.claimNo(), f))) {
                        ctx.files().openInSystem(f);
                    }
                }).onFailure(ctx.onFailure())));
    }

    void printBatch() {
        Texts t = ctx.texts();
        ctx.files().folder(t.get("forms.chooseFolder")).ifPresent(dir ->
                ctx.runner().run(UiTask.of(t.get("forms.batchRunning"), p -> ctx.forms().batch(ctx.claims().list(), c -> true, dir, p))
                        .onSuccess(n -> ctx.dialogs().info(window(), t.get("forms.batchDone", n, dir))).onFailure(ctx.onFailure())));
    }

    void bankLists() {
        new BankListsDialog(new BankListsViewModel(ctx.paymentBatches(), ctx.runner(), ctx.texts(), ctx.onFailure()), ctx).show(window(), refresh);
    }

    void publishNotice() {
        NoticeDialog.open(window(), ctx, refresh);
    }
}
