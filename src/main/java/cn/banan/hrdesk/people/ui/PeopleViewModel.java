package cn.banan.hrdesk.people.ui;

import cn.banan.hrdesk.claims.FlagKind;
import cn.banan.hrdesk.core.Money;
import cn.banan.hrdesk.core.ResidentId;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.people.PersonLookup;
import cn.banan.hrdesk.people.PersonRecord;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 人员查询's state: what was found for the text typed, in words, ID numbers masked as the role must see them. */
public final class PeopleViewModel {
    private final PersonLookup people;
    private final TaskRunner runner;
    private final Texts texts;
    private final Consumer<Throwable> onFailure;
    private final boolean fullIds;
    private final ObservableList<PersonRecord> records = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public PeopleViewModel(PersonLookup people, TaskRunner runner, Texts texts, Consumer<Throwable> onFailure) {
        this.people = people;
        this.runner = runner;
        this.texts = texts;
        this.onFailure = onFailure;
        this.fullIds = people.fullIds(false);
    }

    public void find(String text) {
        runner.run(UiTask.of(null, p -> people.find(text)).onSuccess(found -> {
            records.setAll(found.records());
            summary.set(found.records().isEmpty() ? texts.get("people.find.none", text.strip())
                    : found.cut() ? texts.get("people.find.cut", PersonLookup.LIMIT) : texts.get("people.find.count", found.records().size()));
        }).onFailure(onFailure));
    }

    public String residentId(PersonRecord r) {
        return r.residentId() == null ? "" : fullIds ? r.residentId() : ResidentId.of(r.residentId()).masked();
    }

    /** 符合/不符合 for a claim line; a flag's kind and whether it is open; the school; the post wanted. */
    public String result(PersonRecord r) {
        if (r.result() == null) {
            return "";
        }
        return switch (r.kind()) {
            case CLAIM_LINE -> texts.get("Y".equals(r.result()) ? "claims.detail.eligible" : "claims.detail.ineligible");
            case FLAG -> {
                String[] kindAndState = r.result().split(":");
                String kind;
                try {
                    kind = texts.label(FlagKind.valueOf(kindAndState[0]));
                } catch (IllegalArgumentException unknown) {
                    kind = kindAndState[0];
                }
                yield kind + "（" + texts.get(kindAndState.length > 1 && kindAndState[1].equals("OPEN") ? "people.flag.open" : "people.flag.cleared")
                        + "）";
            }
            default -> r.result();
        };
    }

    public String amount(PersonRecord r) {
        return r.amountFen() == null ? "" : new Money(r.amountFen()).toYuanString();
    }

    public ObservableList<PersonRecord> records() {
        return records;
    }

    public StringProperty summary() {
        return summary;
    }

    public Texts texts() {
        return texts;
    }
}
