package com.edfapay.tokenmanager.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .gitignore} rules of a folder tree as git applies them (JGit's parser): the deepest
 * {@code .gitignore} with a matching rule decides, then {@code .git/info/exclude}. The user's global excludes file
 * is not read: what one machine's settings hide should not hide a leak. Used by a single walker thread.
 */
final class GitignoreRules {

    private record Level(String directory, @Nullable IgnoreNode rules) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();
    private final @Nullable IgnoreNode exclude;

    GitignoreRules(Path root) {
        this.exclude = parse(root.resolve(".git").resolve("info").resolve("exclude"));
    }

    /** Called when the walk enters {@code directory} ({@code relative} is "" for the root). */
    void enter(Path directory, String relative) {
        levels.push(new Level(relative, parse(directory.resolve(".gitignore"))));
    }

    void leave() {
        levels.pop();
    }

    /** {@code relative} is the path from the root with '/' separators. */
    boolean isIgnored(String relative, boolean directory) {
        for (Iterator<Level> it = levels.iterator(); it.hasNext(); ) {
            Level level = it.next();
            if (level.rules() == null) {
                continue;
            }
            String inLevel = level.directory().isEmpty() ? relative : relative.substring(level.directory().length() + 1);
            Boolean decided = level.rules().checkIgnored(inLevel, directory);
            if (decided != null) {
                return decided;
            }
        }
        if (exclude != null) {
            Boolean decided = exclude.checkIgnored(relative, directory);
            return decided != null && decided;
        }
        return false;
    }

    private static @Nullable IgnoreNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
            return node;
        } catch (IOException e) {
            return null;
        }
    }
}
