package com.edfapay.tokenmanager.ui.common;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;

/**
 * Where status changes are said to assistive technology (token copied, clipboard cleared, an action failed):
 * a text node in every window of the app whose accessible text is the latest announcement, and which tells the
 * platform each time it changes. It takes no room and no clicks; what sighted users see is the toast.
 */
public final class LiveStatus extends Label {

    public LiveStatus() {
        setId("liveStatus");
        setAccessibleRole(AccessibleRole.TEXT);
        setManaged(false);
        setMouseTransparent(true);
        setFocusTraversable(false);
        setOpacity(0);
        resize(1, 1);
    }

    /** Says this now; the same text twice is said twice. */
    public void announce(String message) {
        setText(message);
        setAccessibleText(message);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** What was said last, as assistive technology reads it. */
    public String announced() {
        Object text = queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? "" : text.toString();
    }
}
