package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.Labelled;

/** The list's recognition filter: recognised (认定有效) today, or not. */
public enum RecognitionFilter implements Labelled {
    RECOGNIZED(true), NOT_RECOGNIZED(false);

    private final boolean recognized;

    RecognitionFilter(boolean recognized) {
        this.recognized = recognized;
    }

    public boolean recognized() {
        return recognized;
    }

    @Override
    public String labelKey() {
        return "registry.filter." + name();
    }
}
