package com.edfapay.tokenmanager.desktop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Saved connection profiles in a small JSON file. Blocking: call it from a background task. */
public final class ProfileStore {

    private final Path file;
    /** Created on first use (off the JavaFX thread), not with the store: Jackson is not needed for the first frame. */
    private @Nullable ObjectMapper json;

    public ProfileStore(Path file) {
        this.file = file;
    }

    public synchronized List<ConnectionProfile> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.of(json().readValue(file.toFile(), ConnectionProfile[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("The saved connection profiles cannot be read (" + file + ")", e);
        }
    }

    public synchronized List<ConnectionProfile> save(ConnectionProfile profile) {
        List<ConnectionProfile> profiles = new ArrayList<>(load());
        profiles.removeIf(existing -> existing.id().equals(profile.id()));
        profiles.add(profile);
        write(profiles);
        return List.copyOf(profiles);
    }

    public synchronized List<ConnectionProfile> delete(String profileId) {
        List<ConnectionProfile> profiles = new ArrayList<>(load());
        profiles.removeIf(existing -> existing.id().equals(profileId));
        write(profiles);
        return List.copyOf(profiles);
    }

    private void write(List<ConnectionProfile> profiles) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            json().writeValue(temp.toFile(), profiles.toArray(ConnectionProfile[]::new));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The connection profiles cannot be saved (" + file + ")", e);
        }
    }

    @Override
    public String toString() {
        return "ProfileStore" + Arrays.asList(file);
    }

    private synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return json;
    }
}
