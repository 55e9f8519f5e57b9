package com.edfapay.tokenmanager.desktop.lock;

import java.util.ArrayList;
import java.util.List;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux: the D-Bus signals that mean "the screen is locking or the machine is going to sleep": logind's
 * {@code PrepareForSleep(true)} and a session's {@code Lock} on the system bus, and the screensaver's
 * {@code ActiveChanged(true)} (freedesktop and GNOME names) on the session bus. Uses dbus-java, already on the
 * class path for the Secret Service keychain. A bus that is missing or refuses is skipped silently (logged at
 * INFO); the idle timer still works.
 */
final class DbusLockSignals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbusLockSignals.class);

    /** logind's manager; {@code PrepareForSleep(true)} is sent just before suspend or hibernate. */
    @DBusInterfaceName("org.freedesktop.login1.Manager")
    public interface Login1Manager extends DBusInterface {
        class PrepareForSleep extends DBusSignal {
            public final boolean start;

            public PrepareForSleep(String path, boolean start) throws DBusException {
                super(path, start);
                this.start = start;
            }
        }
    }

    /** A logind session; {@code Lock} is sent by {@code loginctl lock-session(s)} and desktop lock buttons. */
    @DBusInterfaceName("org.freedesktop.login1.Session")
    public interface Login1Session extends DBusInterface {
        class Lock extends DBusSignal {
            public Lock(String path) throws DBusException {
                super(path);
            }
        }
    }

    @DBusInterfaceName("org.freedesktop.ScreenSaver")
    public interface FreedesktopScreenSaver extends DBusInterface {
        class ActiveChanged extends DBusSignal {
            public final boolean active;

            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
                this.active = active;
            }
        }
    }

    @DBusInterfaceName("org.gnome.ScreenSaver")
    public interface GnomeScreenSaver extends DBusInterface {
        class ActiveChanged extends DBusSignal {
            public final boolean active;

            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
                this.active = active;
            }
        }
    }

    private final List<DBusConnection> connections = new ArrayList<>();

    /** Connects to whichever buses answer and listens; returns how many buses it listens on. */
    int listen(Runnable onLock) {
        try {
            DBusConnection system = DBusConnectionBuilder.forSystemBus().withShared(false).build();
            system.addSigHandler(Login1Manager.PrepareForSleep.class, signal -> {
                if (signal.start) {
                    onLock.run();
                }
            });
            system.addSigHandler(Login1Session.Lock.class, signal -> onLock.run());
            connections.add(system);
        } catch (DBusException | RuntimeException e) {
            LOG.debug("No system D-Bus for sleep and session-lock signals ({})", e.getClass().getSimpleName());
        }
        try {
            DBusConnection session = DBusConnectionBuilder.forSessionBus().withShared(false).build();
            session.addSigHandler(FreedesktopScreenSaver.ActiveChanged.class, signal -> {
                if (signal.active) {
                    onLock.run();
                }
            });
            session.addSigHandler(GnomeScreenSaver.ActiveChanged.class, signal -> {
                if (signal.active) {
                    onLock.run();
                }
            });
            connections.add(session);
        } catch (DBusException | RuntimeException e) {
            LOG.debug("No session D-Bus for screensaver signals ({})", e.getClass().getSimpleName());
        }
        return connections.size();
    }

    @Override
    public void close() {
        for (DBusConnection connection : connections) {
            try {
                connection.close();
            } catch (java.io.IOException | RuntimeException e) {
                LOG.debug("Closing a D-Bus connection failed", e);
            }
        }
        connections.clear();
    }
}
