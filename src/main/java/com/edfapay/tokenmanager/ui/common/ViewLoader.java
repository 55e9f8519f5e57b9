package com.edfapay.tokenmanager.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Builds every view: FXML next to its controller class, the message bundle, and controllers created by
 * registered constructors (no reflection-based injection, no static registry).
 */
public final class ViewLoader {

    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public <C> ViewLoader register(Class<C> controllerType, Supplier<? extends C> factory) {
        controllers.put(controllerType, factory);
        return this;
    }

    /** Loads {@code <ControllerSimpleName without "View">.fxml} from the controller's package. */
    public <C> Loaded<C> load(Class<C> controllerType) {
        String fxml = controllerType.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = controllerType.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("Missing FXML " + fxml + " next to " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setControllerFactory(this::createController);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private Object createController(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("No controller factory registered for " + type.getName());
        }
        return factory.get();
    }

    public record Loaded<C>(Parent root, C controller) {
    }
}
