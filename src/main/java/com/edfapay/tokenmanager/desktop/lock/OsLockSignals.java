package com.edfapay.tokenmanager.desktop.lock;

import java.awt.Desktop;
import java.awt.desktop.ScreenSleepEvent;
import java.awt.desktop.ScreenSleepListener;
import java.awt.desktop.SystemSleepEvent;
import java.awt.desktop.SystemSleepListener;
import java.awt.desktop.UserSessionEvent;
import java.awt.desktop.UserSessionListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the app when the operating system locks the screen, switches user or goes to sleep, where the platform
 * says so: on Windows and macOS through {@link java.awt.Desktop}'s app events, on Linux through D-Bus. Where
 * neither is available nothing is reported and nothing fails. {@code onLock} may be called on any thread.
 * Blocking (connects to D-Bus): start it off the UI thread.
 */
public final class OsLockSignals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OsLockSignals.class);

    private final DbusLockSignals dbus = new DbusLockSignals();

    private OsLockSignals() {
    }

    public static OsLockSignals start(Runnable onLock) {
        OsLockSignals signals = new OsLockSignals();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            int buses = signals.dbus.listen(onLock);
            LOG.info("Listening for screen-lock and sleep signals on {} D-Bus bus(es)", buses);
        } else {
            signals.listenToDesktop(onLock);
        }
        return signals;
    }

    private void listenToDesktop(Runnable onLock) {
        try {
            if (!Desktop.isDesktopSupported()) {
                return;
            }
            Desktop desktop = Desktop.getDesktop();
            if (desktop.isSupported(Desktop.Action.APP_EVENT_SCREEN_SLEEP)) {
                desktop.addAppEventListener(new ScreenSleepListener() {
                    @Override
                    public void screenAboutToSleep(ScreenSleepEvent e) {
                        onLock.run();
                    }

                    @Override
                    public void screenAwoke(ScreenSleepEvent e) {
                    }
                });
            }
            if (desktop.isSupported(Desktop.Action.APP_EVENT_SYSTEM_SLEEP)) {
                desktop.addAppEventListener(new SystemSleepListener() {
                    @Override
                    public void systemAboutToSleep(SystemSleepEvent e) {
                        onLock.run();
                    }

                    @Override
                    public void systemAwoke(SystemSleepEvent e) {
                    }
                });
            }
            if (desktop.isSupported(Desktop.Action.APP_EVENT_USER_SESSION)) {
                desktop.addAppEventListener(new UserSessionListener() {
                    @Override
                    public void userSessionDeactivated(UserSessionEvent e) {
                        onLock.run();
                    }

                    @Override
                    public void userSessionActivated(UserSessionEvent e) {
                    }
                });
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("No desktop events for screen lock and sleep ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        dbus.close();
    }
}
