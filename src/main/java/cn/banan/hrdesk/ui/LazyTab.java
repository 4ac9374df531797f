package cn.banan.hrdesk.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is chosen: building every department's lists, forms and charts at
 * once held the window still for over a second after signing in. Each time it is chosen its content reads its data
 * again ({@code onChosen}); work meant for a content not built yet (a reload) is not needed.
 */
public final class LazyTab<T extends Node> {
    private final Tab tab;
    private final Supplier<T> build;
    private T content;

    /** A tab built when first chosen, with nothing more to do on each choice. */
    public LazyTab(String title, String id, Supplier<T> build) {
        this(title, id, build, content -> { });
    }

    public LazyTab(String title, String id, Supplier<T> build, Consumer<T> onChosen) {
        this.tab = new Tab(title);
        this.tab.setId(id);
        this.build = build;
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                onChosen.accept(content());
            }
        });
    }

    public Tab tab() {
        return tab;
    }

    /** The content, built now if it has not been. */
    public T content() {
        if (content == null) {
            content = build.get();
            tab.setContent(content);
        }
        return content;
    }

    /** Does {@code work} to the content if it has been built. */
    public void ifBuilt(Consumer<T> work) {
        if (content != null) {
            work.accept(content);
        }
    }
}
