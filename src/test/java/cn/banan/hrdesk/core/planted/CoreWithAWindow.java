package cn.banan.hrdesk.core.planted;

/** Planted for the architecture rules to catch: a core value that knows a window. Never used. */
public final class CoreWithAWindow {
    javafx.scene.control.Label label;
}
