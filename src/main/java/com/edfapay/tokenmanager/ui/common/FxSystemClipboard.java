package com.edfapay.tokenmanager.ui.common;

import com.edfapay.tokenmanager.desktop.SystemClipboard;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.slf4j.LoggerFactory;

/** The JavaFX clipboard, with the markers password managers use to keep a secret out of history and sync. */
public final class FxSystemClipboard implements SystemClipboard {


    /** KDE Klipper, Windows clipboard history/cloud sync, macOS pasteboard conventions. */
    private static final Map<String, String> CONCEALED_MARKERS = Map.of(
            "x-kde-passwordManagerHint", "secret",
            "ExcludeClipboardContentFromMonitorProcessing", "1",
            "org.nspasteboard.ConcealedType", "1");

    @Override
    public void putText(String text, boolean concealed) {
        Map<DataFormat, Object> content = new HashMap<>();
        content.put(DataFormat.PLAIN_TEXT, text);
        if (concealed) {
            CONCEALED_MARKERS.forEach((mime, value) -> {
                DataFormat format = dataFormat(mime);
                if (format != null) {
                    content.put(format, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
                }
            });
        }
        try {
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException platformRefusedMarkers) {
            // Looked up here, not in a static field: creating the clipboard at start-up must not start logging.
            LoggerFactory.getLogger(FxSystemClipboard.class)
                    .debug("Clipboard markers not supported here; copying plain text only");
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
    }

    @Override
    public Optional<String> readText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        if (existing != null) {
            return existing;
        }
        try {
            return new DataFormat(mime);
        } catch (IllegalArgumentException raceWithAnotherCaller) {
            return DataFormat.lookupMimeType(mime);
        }
    }
}
