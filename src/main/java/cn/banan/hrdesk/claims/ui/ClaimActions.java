package cn.banan.hrdesk.claims.ui;

import cn.banan.hrdesk.claims.Claim;
import cn.banan.hrdesk.claims.ClaimFlag;
import cn.banan.hrdesk.core.Texts;
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
final class ClaimActions implements ClaimDetailPane.Actions {
    private final ClaimsContext ctx;
    private final Supplier<Scene> scene;
    private final ClaimDetailViewModel detail;
    private final Runnable refresh;
    private final Consumer<String> show;

    ClaimActions(ClaimsContext ctx, Supplier<Scene> scene, ClaimDetailViewModel detail, Runnable refresh, Consumer<String> show) {
        this.ctx = ctx;
        this.scene = scene;
        this.detail = detail;
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
    public void clear(ClaimFlag flag) {
        if (flag != null) {
            ClaimDialogs.clearFlag(window(), ctx.texts()).ifPresent(answer -> detail.clearFlag(flag, answer[0], answer[1], refresh));
        }
    }
}
