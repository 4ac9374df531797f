package cn.banan.hrdesk.registers.ui;

import cn.banan.hrdesk.audit.ui.RecordHistory;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.registers.RegisterExport;
import cn.banan.hrdesk.registers.RegisterService;
import cn.banan.hrdesk.registers.RegisterSpec;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.Dialogs;
import cn.banan.hrdesk.ui.FileDialogs;
import cn.banan.hrdesk.ui.LazyTab;
import cn.banan.hrdesk.ui.TaskRunner;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** A department's tab: one inner tab per register (and any other view), each fetched when it is opened. */
public class RegisterTabs extends TabPane {
    private final Map<Tab, Runnable> reloads = new HashMap<>();
    private final RegisterService service;
    private final RegisterExport export;
    private final Session session;
    private final TaskRunner runner;
    private final Texts texts;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final Consumer<Throwable> onFailure;
    private final RecordHistory history;

    public RegisterTabs(RegisterService service, RegisterExport export, Session session, TaskRunner runner, Texts texts, FileDialogs files,
                        Dialogs dialogs, Consumer<Throwable> onFailure, RecordHistory history) {
        this.history = history;
        this.service = service;
        this.export = export;
        this.session = session;
        this.runner = runner;
        this.texts = texts;
        this.files = files;
        this.dialogs = dialogs;
        this.onFailure = onFailure;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** Adds a tab listing {@code spec}'s register, titled by the register. */
    protected void register(String id, RegisterSpec spec) {
        register(id, spec, view -> { });
    }

    /** The same, with {@code setUp} done to the list once it is built: a tool, a column, a highlight. */
    protected void register(String id, RegisterSpec spec, Consumer<RegisterView> setUp) {
        tab(id, texts.get(spec.titleKey()), () -> {
            RegisterView view = view(spec);
            setUp.accept(view);
            return view;
        }, RegisterView::reload);
    }

    /** A register's list to place inside another view (which reloads it). */
    protected RegisterView view(RegisterSpec spec) {
        return new RegisterView(spec, service, export, session, runner, texts, files, dialogs, onFailure, history);
    }

    protected Session session() {
        return session;
    }

    /**
     * Adds a tab whose content is built the first time it is chosen: building every register of a department at once
     * held the window still when the department was first opened. The first tab is built at once, as the
     * department shows it. {@code reload} fetches the content's data.
     */
    protected <T extends Node> void tab(String id, String title, Supplier<T> build, Consumer<T> reload) {
        LazyTab<T> lazy = new LazyTab<>(title, id, build);
        Tab t = lazy.tab();
        getTabs().add(t);
        reloads.put(t, () -> reload.accept(lazy.content()));
        // A register's counts come from others (an agreement's placed students, a task's placements): fetched when
        // its tab is opened, so they say what was just typed in the tab beside it. Set after adding, so the first
        // tab, selected (and so built) as it is added, is not fetched while the window is still being built.
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                reloads.get(t).run();
            }
        });
    }

    /** Fetches the open list again (on opening the department, after the demo data); the others are fetched when opened. */
    public void reload() {
        Runnable open = reloads.get(getSelectionModel().getSelectedItem());
        if (open != null) {
            open.run();
        }
    }

    protected TaskRunner runner() {
        return runner;
    }

    protected Texts texts() {
        return texts;
    }

    protected Consumer<Throwable> onFailure() {
        return onFailure;
    }
}
