package cn.banan.hrdesk.registry.ui;

import cn.banan.hrdesk.core.BusinessTime;
import cn.banan.hrdesk.ui.Buttons;
import cn.banan.hrdesk.ui.Columns;
import cn.banan.hrdesk.core.Texts;
import cn.banan.hrdesk.core.Tier;
import cn.banan.hrdesk.registry.Contact;
import cn.banan.hrdesk.registry.LabourDemand;
import cn.banan.hrdesk.registry.Recognition;
import cn.banan.hrdesk.registry.TierPeriod;
import cn.banan.hrdesk.ui.Fields;
import cn.banan.hrdesk.ui.FormGrid;
import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Tier history, recognitions, approved demand and contacts of one enterprise, each with its add form. */
final class EnterpriseDetailsPane extends TabPane {
    private final EnterpriseDetailsViewModel vm;
    private final Texts texts;
    private final EnterpriseAccountViewModel account;

    private final java.util.function.BiConsumer<javafx.stage.Window, Recognition> attach;

    /** {@code attach}: opens a recognition's 附件 (its decision document). */
    EnterpriseDetailsPane(EnterpriseDetailsViewModel vm, EnterpriseAccountViewModel account, Texts texts,
                          java.util.function.BiConsumer<javafx.stage.Window, Recognition> attach) {
        this.attach = attach;
        this.vm = vm;
        this.account = account;
        this.texts = texts;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setPrefHeight(300);
        // the first tab shows at once; the others are built the first time they are chosen
        getTabs().addAll(tiers(), lazy("registry.tab.recognitions", "details-recognitions", this::recognitions),
                lazy("registry.tab.demands", "details-demands", this::demands), lazy("registry.tab.contacts", "details-contacts", this::contacts),
                lazy("registry.enterprise.account", "details-account", this::account));
    }

    private Tab lazy(String titleKey, String id, java.util.function.Supplier<javafx.scene.Node> build) {
        return new cn.banan.hrdesk.ui.LazyTab<>(texts.get(titleKey), id, build).tab();
    }

    private Tab tiers() {
        TableView<TierPeriod> table = table("tiers-table", vm.tiers());
        Columns.add(table, texts.get("registry.enterprise.tier"), 16, p -> texts.label(p.tier()));
        Columns.add(table, texts.get("registry.tier.from"), 8, TierPeriod::from);
        Columns.add(table, texts.get("registry.tier.to"), 8, p -> p.to() == null ? texts.get("registry.tier.open") : p.to());
        var tier = new SimpleObjectProperty<Tier>();
        var from = new SimpleObjectProperty<LocalDate>(BusinessTime.today());
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.tier.newTier"), "tier", Fields.choice(texts, Tier.values(), tier));
        form.add(texts.get("registry.tier.from"), "tierFrom", Fields.date(from));
        Button change = Buttons.of("tiers-change", texts.get("registry.tier.change"),
                () -> vm.changeTier(tier.get(), from.get(), () -> { }));
        change.disableProperty().bind(tier.isNull().or(from.isNull()));
        Tab tab = new Tab(texts.get("registry.tab.tiers"), box(table, form, change));
        tab.setId("details-tiers");
        return tab;
    }

    private javafx.scene.Node recognitions() {
        TableView<Recognition> table = table("recognitions-table", vm.recognitions());
        Columns.add(table, texts.get("registry.recognition.documentNo"), 12, Recognition::documentNo);
        Columns.add(table, texts.get("registry.recognition.decisionDate"), 7, Recognition::decisionDate);
        Columns.add(table, texts.get("registry.recognition.validFrom"), 7, Recognition::validFrom);
        Columns.add(table, texts.get("registry.recognition.validTo"), 7, r -> r.validTo() == null ? texts.get("registry.tier.open") : r.validTo());
        Columns.add(table, texts.get("registry.recognition.units"), 14, Recognition::decidingUnits);
        var units = new SimpleStringProperty(texts.get("registry.recognition.defaultUnits"));
        var doc = new SimpleStringProperty("");
        var decided = new SimpleObjectProperty<LocalDate>();
        var validFrom = new SimpleObjectProperty<LocalDate>();
        var validTo = new SimpleObjectProperty<LocalDate>();
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.recognition.units"), "decidingUnits", Fields.text(units));
        form.add(texts.get("registry.recognition.documentNo"), "documentNo", Fields.text(doc));
        form.add(texts.get("registry.recognition.decisionDate"), "decisionDate", Fields.date(decided));
        form.add(texts.get("registry.recognition.validFrom"), "validFrom", Fields.date(validFrom));
        form.add(texts.get("registry.recognition.validTo"), "validTo", Fields.date(validTo));
        Button add = Buttons.of("recognitions-add", texts.get("registry.recognition.add"), () -> vm.addRecognition(
                new Recognition(null, units.get(), decided.get(), doc.get(), validFrom.get(), validTo.get()), () -> doc.set("")));
        Button attached = Buttons.of("recognitions-attachments", texts.get("attachments.button"),
                () -> attach.accept(table.getScene().getWindow(), table.getSelectionModel().getSelectedItem()));
        attached.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return box(table, form, new HBox(8, add, attached));
    }

    private javafx.scene.Node demands() {
        TableView<LabourDemand> table = table("demands-table", vm.demands());
        Columns.add(table, texts.get("registry.demand.year"), 6, d -> String.valueOf(d.year()));
        Columns.add(table, texts.get("registry.demand.approved"), 10, LabourDemand::approvedCount);
        var year = new SimpleStringProperty(String.valueOf(BusinessTime.today().getYear()));
        var count = new SimpleStringProperty("");
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.demand.year"), "year", Fields.text(year));
        form.add(texts.get("registry.demand.approved"), "approvedCount", Fields.text(count));
        Button put = Buttons.of("demands-put", texts.get("registry.demand.put"), () ->
                vm.putDemand(parse(year.get()), parse(count.get()), () -> count.set("")));
        return box(table, form, put);
    }

    private javafx.scene.Node contacts() {
        TableView<Contact> table = table("contacts-table", vm.contacts());
        Columns.add(table, texts.get("registry.contact.name"), 10, Contact::name);
        Columns.add(table, texts.get("registry.contact.position"), 10, Contact::position);
        Columns.add(table, texts.get("registry.contact.phone"), 10, Contact::phone);
        var name = new SimpleStringProperty("");
        var position = new SimpleStringProperty("");
        var phone = new SimpleStringProperty("");
        FormGrid form = new FormGrid(vm.errors());
        form.add(texts.get("registry.contact.name"), "contactName", Fields.text(name));
        form.add(texts.get("registry.contact.position"), "contactPosition", Fields.text(position));
        form.add(texts.get("registry.contact.phone"), "contactPhone", Fields.text(phone));
        Button add = Buttons.of("contacts-add", texts.get("registry.contact.add"), () ->
                vm.addContact(new Contact(null, name.get(), position.get(), phone.get()), () -> {
                    name.set("");
                    position.set("");
                    phone.set("");
                }));
        Button remove = Buttons.of("contacts-remove", texts.get("registry.contact.remove"),
                () -> cn.banan.hrdesk.ui.AskReason.ask(table.getScene().getWindow(), texts, texts.get("registry.contact.remove"),
                        texts.get("voiding.header", table.getSelectionModel().getSelectedItem().name()))
                        .ifPresent(reason -> vm.removeContact(table.getSelectionModel().getSelectedItem(), reason)));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return box(table, form, new HBox(8, add, remove));
    }

    /** 收款账户: where R3 subsidies are paid; the number's shape is checked when saved. */
    private javafx.scene.Node account() {
        FormGrid form = new FormGrid(account.errors());
        form.add(texts.get("registry.intermediary.accountName"), cn.banan.hrdesk.registry.BankAccount.ACCOUNT_NAME, Fields.text(account.accountName()));
        form.add(texts.get("registry.intermediary.bankName"), cn.banan.hrdesk.registry.BankAccount.BANK_NAME, Fields.text(account.bankName()));
        form.add(texts.get("registry.intermediary.accountNo"), cn.banan.hrdesk.registry.BankAccount.ACCOUNT_NO, Fields.text(account.accountNo()));
        javafx.scene.control.Label saved = new javafx.scene.control.Label();
        saved.setId("account-saved");
        saved.textProperty().bind(account.saved());
        Button save = Buttons.of("account-save", texts.get("common.save"), account::save);
        VBox box = new VBox(8, saved, form, save);
        box.setPadding(new javafx.geometry.Insets(8));
        box.setMaxWidth(560);
        account.reload();
        return box;
    }

    /** A number typed in a text field; what is not a number counts as -1 and is refused by the service. */
    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private <T> TableView<T> table(String id, javafx.collections.ObservableList<T> rows) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setPrefWidth(560);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(texts.get("common.none")));
        return table;
    }

    private static HBox box(TableView<?> table, FormGrid form, javafx.scene.Node action) {
        VBox side = new VBox(4, form, action);
        side.setMinWidth(360);
        side.setMaxWidth(360);
        HBox box = new HBox(10, table, side);
        HBox.setHgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }
}
