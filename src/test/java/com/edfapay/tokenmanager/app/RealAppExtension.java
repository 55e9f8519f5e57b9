package com.edfapay.tokenmanager.app;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window tests' one fixture: a fresh real app ({@link AppUnderTest}: the real window against a real in-memory
 * sandbox) before each test, closed after it (which also checks nothing secret reached its files). The test class
 * declares a field of type {@code AppUnderTest}, which this fills:
 *
 * <pre>{@code
 * @ExtendWith(RealAppExtension.class)
 * class SomethingFxTest extends FxRobot {
 *     private AppUnderTest app;
 * }
 * }</pre>
 *
 * A test that needs another start registers one: {@code @RegisterExtension static final RealAppExtension APP =
 * RealAppExtension.startedBy(() -> AppUnderTest.start(options));}
 */
public final class RealAppExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealAppExtension.class);

    private final Callable<AppUnderTest> starter;

    /** The default app: English, light theme, the standard seeded sandbox. */
    public RealAppExtension() {
        this(AppUnderTest::start);
    }

    private RealAppExtension(Callable<AppUnderTest> starter) {
        this.starter = starter;
    }

    public static RealAppExtension startedBy(Callable<AppUnderTest> starter) {
        return new RealAppExtension(starter);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        List<Field> fields = appFields(test.getClass());
        if (fields.isEmpty()) {
            throw new ExtensionConfigurationException(test.getClass().getSimpleName()
                    + " uses RealAppExtension but has no AppUnderTest field to receive the app");
        }
        AppUnderTest app = starter.call();
        context.getStore(NAMESPACE).put(AppUnderTest.class, app);
        for (Field field : fields) {
            field.setAccessible(true);
            field.set(test, app);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        AppUnderTest app = context.getStore(NAMESPACE).remove(AppUnderTest.class, AppUnderTest.class);
        if (app != null) {
            app.close();
        }
    }

    /**
     * Waits up to {@code seconds} until {@code condition} holds, reading it on the JavaFX thread (the scene graph and
     * the tables change there, and only there), then lets pending JavaFX events run.
     */
    public static void waitOnFx(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Field> appFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == AppUnderTest.class && !Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
