package cn.banan.hrdesk.attachments.ui;

import cn.banan.hrdesk.attachments.Attachment;
import cn.banan.hrdesk.attachments.AttachmentOwner;
import cn.banan.hrdesk.attachments.Attachments;
import cn.banan.hrdesk.security.Session;
import cn.banan.hrdesk.ui.TaskRunner;
import cn.banan.hrdesk.ui.UiTask;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files attached to one record: listed, added from a file, opened from a checked copy, voided with a reason. */
public final class AttachmentsViewModel {
    private final Attachments service;
    private final Session session;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final AttachmentOwner owner;
    private final String ownerId;
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();

    public AttachmentsViewModel(Attachments service, Session session, TaskRunner runner, Consumer<Throwable> onFailure, AttachmentOwner owner,
                                String ownerId) {
        this.service = service;
        this.session = session;
        this.runner = runner;
        this.onFailure = onFailure;
        this.owner = owner;
        this.ownerId = ownerId;
    }

    public void reload() {
        runner.run(UiTask.of(null, p -> service.of(owner, ownerId)).onSuccess(attachments::setAll).onFailure(onFailure));
    }

    public void add(Path file, String note) {
        runner.run(UiTask.of(null, p -> service.add(owner, ownerId, file, note)).onSuccess(a -> reload()).onFailure(onFailure));
    }

    /** Opens a checked copy of {@code a}; {@code open} is handed the copy. */
    public void open(Attachment a, Consumer<Path> open) {
        runner.run(UiTask.of(null, p -> service.copyToOpen(a)).onSuccess(open).onFailure(onFailure));
    }

    public void voidAttachment(Attachment a, String reason) {
        runner.run(UiTask.of(null, p -> {
            service.voidAttachment(a, reason);
            return a;
        }).onSuccess(x -> reload()).onFailure(onFailure));
    }

    public boolean mayChange() {
        return session.may(owner.edit());
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }
}
