package cn.banan.hrdesk.exchange.ui;

import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.exchange.SiteCard;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Confirms a card before its site is trusted: the fingerprint on the card is shown, and the one the other site reads
 * out over the phone is typed in; pairing is offered only once the two agree.
 */
final class PairDialog {
    record Answer(String fingerprint, boolean replace) {
    }

    private final Texts texts;
    private final SiteCard card;

    PairDialog(Texts texts, SiteCard card) {
        this.texts = texts;
        this.card = card;
    }

    Optional<Answer> ask(Window owner) {
        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.get("exchange.pair.title"));
        Label what = new Label(texts.get("exchange.pair.what", texts.label(card.site()), card.fingerprint()));
        what.setWrapText(true);
        what.setMaxWidth(520);
        TextField typed = new TextField();
        typed.setId("pair-fingerprint");
        typed.setPromptText(texts.get("exchange.pair.prompt"));
        CheckBox replace = new CheckBox(texts.get("exchange.pair.replace"));
        replace.setId("pair-replace");
        Label agrees = new Label();
        agrees.setId("pair-agrees");
        d.getDialogPane().setContent(new VBox(10, what, typed, agrees, replace));
        ButtonType pair = new ButtonType(texts.get("exchange.pair.confirm"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(pair, new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(pair).setId("pair-confirm");
        typed.textProperty().addListener((o, a, now) -> {
            boolean same = card.hasFingerprint(now);
            d.getDialogPane().lookupButton(pair).setDisable(!same);
            agrees.setText(now.isBlank() ? "" : texts.get(same ? "exchange.pair.agrees" : "exchange.pair.differs"));
        });
        d.getDialogPane().lookupButton(pair).setDisable(true);
        d.setResultConverter(b -> b == pair ? new Answer(typed.getText(), replace.isSelected()) : null);
        return d.showAndWait();
    }
}
