package cn.banan.hrdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import cn.banan.hrdesk.store.DatabaseFiles;
import javafx.application.HostServices;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own open and save choosers, starting in the documents folder and then in the last folder used. */
public final class SystemFileDialogs implements FileDialogs {
    private final Window owner;
    private final HostServices host;
    private final Path database;
    private final Runnable refuseDatabase;
    private File lastFolder;

    /** {@code refuseDatabase} tells the person why a file they chose to write over the open {@code database} was refused. */
    public SystemFileDialogs(Window owner, HostServices host, Path documents, Path database, Runnable refuseDatabase) {
        this.owner = owner;
        this.host = host;
        this.database = database;
        this.refuseDatabase = refuseDatabase;
        this.lastFolder = documents.toFile();
    }

    @Override
    public boolean openInSystem(Path file) {
        host.showDocument(file.toUri().toString());
        return true;
    }

    @Override
    public Optional<Path> open(String title, String extension) {
        FileChooser chooser = chooser(title);
        // several kinds, comma-separated ("pdf,jpg,png"), show as one filter
        String[] patterns = java.util.Arrays.stream(extension.split(",")).map(e -> "*." + e.strip()).toArray(String[]::new);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(" ", patterns), patterns));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(String title, String suggestedName) {
        while (true) {
            FileChooser chooser = chooser(title);
            chooser.setInitialFileName(suggestedName);
            Optional<Path> chosen = remember(chooser.showSaveDialog(owner));
            if (chosen.isEmpty() || !DatabaseFiles.wouldOverwrite(database, chosen.get())) {
                return chosen;
            }
            refuseDatabase.run();
        }
    }

    @Override
    public Optional<Path> folder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            lastFolder = dir;
        }
        return Optional.ofNullable(dir).map(File::toPath);
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
