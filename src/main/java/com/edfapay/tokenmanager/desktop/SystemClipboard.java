package com.edfapay.tokenmanager.desktop;

import java.util.Optional;

/** The operating system's clipboard, reduced to what the guard needs. Called on the UI thread. */
public interface SystemClipboard {

    /**
     * Puts {@code text} on the clipboard. {@code concealed} asks the platform to keep it out of clipboard history
     * and sync where it has a marker for that (KDE, Windows, macOS pasteboard conventions).
     */
    void putText(String text, boolean concealed);

    Optional<String> readText();

    void clear();
}
