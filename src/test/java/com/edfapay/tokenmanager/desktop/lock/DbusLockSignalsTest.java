package com.edfapay.tokenmanager.desktop.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Linux lock signals over a real session bus ({@code .ci/run} runs the tests inside {@code dbus-run-session}):
 * a screensaver that becomes active locks the app, one that stops does not. Skipped without a session bus, except
 * under {@code CI=true}, where it fails.
 */
class DbusLockSignalsTest {

    @Test
    void theScreensaverBecomingActiveLocksAndItsEndDoesNot() throws Exception {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but there is no D-Bus session bus");
            }
            Assumptions.abort("No D-Bus session bus");
        }
        Semaphore locks = new Semaphore(0);
        try (DbusLockSignals signals = new DbusLockSignals()) {
            assertThat(signals.listen(locks::release)).isGreaterThanOrEqualTo(1);

            send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false");
            send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true");
            assertThat(locks.tryAcquire(10, TimeUnit.SECONDS)).as("GNOME screensaver active").isTrue();
            send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true");
            assertThat(locks.tryAcquire(10, TimeUnit.SECONDS)).as("freedesktop screensaver active").isTrue();
            assertThat(locks.tryAcquire(500, TimeUnit.MILLISECONDS)).as("ActiveChanged(false) locked").isFalse();
        }
    }

    private static void send(String path, String member, String argument) throws Exception {
        Process process = new ProcessBuilder(List.of("dbus-send", "--session", "--type=signal", path, member,
                argument)).inheritIO().start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
