package cn.banan.hrdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.testing.ProgramText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Chinese is drawn, not boxes: every character of the program's Chinese texts, drawn in the face this PC gets,
 * differs from the box drawn for a character no font has; and a message box opened later is in that face too.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableChineseTest {
    private static final int CELL = 24;
    private static final int COLUMNS = 64;
    /** A private-use character of plane 16: no font draws it, so it comes out as the missing-glyph box. */
    private static final String NO_GLYPH = new String(Character.toChars(0x10FFFD));
    ChineseFace face;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        face = ChineseFace.forThisComputer();
        Label label = new Label("企业名录");
        label.setId("sample");
        Scene scene = new Scene(new Pane(label), 400, 200);
        new WindowStyle(face).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyCharacterOfTheChineseTextsIsDrawnInThisPcsFace(FxRobot robot) throws Exception {
        List<String> chars = ProgramText.chineseBundleAndDemo().codePoints().filter(c -> c > 0x7f && !Character.isWhitespace(c))
                .distinct().mapToObj(Character::toString).toList();
        List<String> boxes = WaitForAsyncUtils.asyncFx(() -> drawnAsBoxes(chars)).get();
        assertThat(chars).hasSizeGreaterThan(500);
        assertThat(boxes).as("characters drawn as the missing-glyph box in " + face.family()).isEmpty();
    }

    @Test
    void labelsOfTheMainSceneAndOfALaterMessageBoxUseTheFace(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#sample").queryAs(Label.class).getFont().getFamily()).isEqualTo(face.family());
        WindowStyle everywhere = new WindowStyle(face);
        robot.interact(() -> {
            everywhere.applyToEveryWindow();
            new Dialogs(new Texts(Locale.SIMPLIFIED_CHINESE)).info(stage, "数据已保存");
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull).map(Scene::getRoot)
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElseThrow();
        Label message = (Label) pane.getContent();
        assertThat(message.getText()).isEqualTo("数据已保存");
        assertThat(message.getFont().getFamily()).isEqualTo(face.family());
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    /** Draws each character in a cell of its own, and the no-glyph box in the first, then compares pixels. */
    private List<String> drawnAsBoxes(List<String> chars) {
        Font font = Font.font(face.family(), 16);
        List<String> all = new ArrayList<>();
        all.add(NO_GLYPH);
        all.addAll(chars);
        Pane grid = new Pane(new Rectangle(COLUMNS * CELL, (all.size() / COLUMNS + 1) * CELL, Color.WHITE));
        for (int i = 0; i < all.size(); i++) {
            Text t = new Text(all.get(i));
            t.setFont(font);
            t.relocate((i % COLUMNS) * CELL, (i / COLUMNS) * CELL);
            grid.getChildren().add(t);
        }
        new Scene(grid);
        WritableImage image = grid.snapshot(null, null);
        PixelReader px = image.getPixelReader();
        List<String> boxes = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (sameCell(px, 0, i) || blank(px, i)) {
                boxes.add(all.get(i));
            }
        }
        return boxes;
    }

    private static boolean sameCell(PixelReader px, int a, int b) {
        for (int y = 0; y < CELL; y++) {
            for (int x = 0; x < CELL; x++) {
                if (px.getArgb(x0(a) + x, y0(a) + y) != px.getArgb(x0(b) + x, y0(b) + y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blank(PixelReader px, int i) {
        for (int y = 0; y < CELL; y++) {
            for (int x = 0; x < CELL; x++) {
                if (px.getArgb(x0(i) + x, y0(i) + y) != px.getArgb(x0(i), y0(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int x0(int i) {
        return (i % COLUMNS) * CELL;
    }

    private static int y0(int i) {
        return (i / COLUMNS) * CELL;
    }
}
