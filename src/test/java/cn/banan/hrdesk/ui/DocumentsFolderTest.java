package cn.banan.hrdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save dialogs start in the documents folder as the desktop names it. */
class DocumentsFolderTest {
    @TempDir
    Path home;

    @Test
    void aChineseDesktopsUserDirsNameTheFolder() throws Exception {
        Files.createDirectories(home.resolve("文档"));
        Files.createDirectories(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/桌面\"\n"
                + "XDG_DOCUMENTS_DIR=\"$HOME/文档\"\n");
        assertThat(DocumentsFolder.of(home)).isEqualTo(home.resolve("文档"));
    }

    @Test
    void elseDocumentsElseHome() throws Exception {
        assertThat(DocumentsFolder.of(home)).as("nothing there: the home folder").isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.of(home)).isEqualTo(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/不存在\"\n");
        assertThat(DocumentsFolder.of(home)).as("a folder that is gone is not offered").isEqualTo(home.resolve("Documents"));
    }
}
