package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The visible countdown after each copy: "Clipboard clears in 27 s", ticking once a second on the UI thread,
 * gone when the guard clears the clipboard (or the user copied something else and the guard let go).
 */
public final class ClipboardCountdown implements ClipboardGuard.Listener {

    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private long remaining;
    private TaskRunner.@Nullable Cancellable tick;

    public ClipboardCountdown(TaskRunner tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public void copied(Duration clearsAfter) {
        stop();
        remaining = clearsAfter.toSeconds();
        show();
        scheduleTick();
    }

    @Override
    public void released() {
        stop();
        remaining = 0;
        text.set("");
    }

    private void scheduleTick() {
        tick = tasks.schedule(Duration.ofSeconds(1), () -> {
            remaining--;
            if (remaining <= 0) {
                text.set("");
                tick = null;
                return;
            }
            show();
            scheduleTick();
        });
    }

    private void show() {
        text.set(messages.get("clipboard.countdown", remaining));
    }

    private void stop() {
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
