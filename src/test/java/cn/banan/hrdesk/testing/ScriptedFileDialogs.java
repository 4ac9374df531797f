package cn.banan.hrdesk.testing;

import cn.banan.hrdesk.ui.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** File choosers that answer as a test scripted them: a file to open, a folder to save into, a folder to pick. */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Supplier<Path> opened;
    private final Path saveInto;
    private final Path picked;

    /** {@code opened}: what 打开 returns each time asked (null: cancelled); saves go into {@code saveInto}, by the name suggested. */
    public ScriptedFileDialogs(Supplier<Path> opened, Path saveInto, Path picked) {
        this.opened = opened;
        this.saveInto = saveInto;
        this.picked = picked;
    }

    @Override
    public Optional<Path> open(String title, String extension) {
        return Optional.ofNullable(opened.get());
    }

    @Override
    public Optional<Path> save(String title, String suggestedName) {
        return saveInto == null ? Optional.empty() : Optional.of(saveInto.resolve(suggestedName));
    }

    @Override
    public Optional<Path> folder(String title) {
        return Optional.ofNullable(picked);
    }
}
