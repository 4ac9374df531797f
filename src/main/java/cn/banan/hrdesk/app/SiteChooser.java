package cn.banan.hrdesk.app;

import cn.banan.hrdesk.core.Site;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.ui.Choice;
import javafx.scene.control.ChoiceDialog;

/** Asked once, at first start: which site this copy of the program serves. It cannot be changed later. */
final class SiteChooser {
    private final ChoiceDialog<Choice<Site>> dialog;

    SiteChooser(Texts texts) {
        var choices = Choice.of(texts, Site.values());
        dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(texts.get("app.site.title"));
        dialog.setHeaderText(texts.get("app.site.header"));
        dialog.setContentText(texts.get("app.site.label"));
    }

    java.util.Optional<Site> showAndWait() {
        return dialog.showAndWait().map(Choice::value);
    }
}
