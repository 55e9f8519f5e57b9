package com.edfapay.tokenmanager.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes the Connect screen's first frame needs, listed in {@value #LIST} in the order that frame loads
 * them, on a background thread started before the JavaFX toolkit (docs/decisions/0090). While the toolkit starts,
 * one core is mostly idle; without this, the JavaFX thread reads, parses and defines about 1,800 JavaFX and app
 * classes one by one, each when it first needs it. The classes are only loaded, never initialised: no static
 * initialiser runs early or off its thread, and the JavaFX thread still initialises each class when it first uses
 * it. The list names only classes that frame loads anyway (FirstFrameClassesTest checks it against a run without
 * it), so nothing later work needs starts before the first frame (docs/decisions/0032).
 *
 * <p>A class on the list that this platform or version lacks is skipped. A runtime whose classes come from a
 * class-data archive (the packaged app's AOT cache) finds them there just as fast on this thread.
 * {@code -Dedfapay.tokenmanager.preload=false} turns it off.
 */
final class ClassPreloader {

    /** Resource beside this class: one binary class name a line, '#' starts a comment line. */
    static final String LIST = "first-frame-classes.txt";

    /** System property that turns the preloader off ({@code false}). */
    static final String PROPERTY = "edfapay.tokenmanager.preload";

    private ClassPreloader() {
    }

    /** Starts the daemon thread that loads the list, unless turned off or the list is missing. */
    static void start() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return;
        }
        List<String> names = names();
        if (names.isEmpty()) {
            return;
        }
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        Thread thread = new Thread(() -> load(names, loader), "first-frame-class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The class names of the list resource, in order; empty without the resource. */
    static List<String> names() {
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(BufferedReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Loads each class without initialising it; returns how many were found. */
    static int load(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Another platform's or version's class: the first frame loads what it needs itself.
            }
        }
        return loaded;
    }
}
