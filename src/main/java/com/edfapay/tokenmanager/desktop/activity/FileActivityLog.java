package com.edfapay.tokenmanager.desktop.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The activity log as JSON lines in a folder of the app's data folder: {@code activity.jsonl} is appended to, and
 * is renamed to {@code activity-<UTC time>.jsonl} once it passes a size or an age; rotated files older than the
 * retention period are deleted. Appends and rotation hold an OS file lock, so the desktop app and the command line
 * can write to the same log at once.
 */
public final class FileActivityLog implements ActivityLog {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final Duration DEFAULT_MAX_FILE_AGE = Duration.ofDays(30);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

    private static final String CURRENT = "activity.jsonl";
    private static final String LOCK = "activity.lock";
    private static final String ROTATED_PREFIX = "activity-";
    private static final String SUFFIX = ".jsonl";
    private static final DateTimeFormatter ROTATED_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** One monitor per folder, since a JVM may not hold two OS locks on one file. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Clock clock;
    private final long maxBytes;
    private final Duration maxFileAge;
    private final Duration retention;
    private final Object monitor;
    /** Made on first use: the log is built before the first frame, and Jackson's start-up is not free. */
    private volatile @Nullable ObjectMapper json;

    public FileActivityLog(Path folder, Clock clock, long maxBytes, Duration maxFileAge, Duration retention) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxFileAge = maxFileAge;
        this.retention = retention;
        this.monitor = MONITORS.computeIfAbsent(this.folder, key -> new Object());
    }

    /** The log in {@code <data folder>/activity} ({@code AppFolders.activityLog()}) with the default limits. */
    public static FileActivityLog inDataFolder(Path dataFolder) {
        return new FileActivityLog(dataFolder.resolve("activity"), Clock.systemUTC(), DEFAULT_MAX_BYTES,
                DEFAULT_MAX_FILE_AGE, DEFAULT_RETENTION);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void record(ActivityEntry entry) {
        byte[] line;
        try {
            line = (json().writeValueAsString(Line.of(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An activity entry could not be encoded", e);
        }
        try {
            synchronized (monitor) {
                Files.createDirectories(folder);
                try (FileChannel lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
                    rotateIfDue(line.length);
                    try (FileChannel out = FileChannel.open(folder.resolve(CURRENT), StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                        ByteBuffer buffer = ByteBuffer.wrap(line);
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log().warn("The activity log could not be written in {}", folder, e);
        }
    }

    @Override
    public List<ActivityEntry> read() {
        synchronized (monitor) {
            List<ActivityEntry> entries = new ArrayList<>();
            for (Path file : filesOldestFirst()) {
                readInto(file, entries);
            }
            return entries;
        }
    }

    private void rotateIfDue(int nextLineBytes) throws IOException {
        Path current = folder.resolve(CURRENT);
        long size = Files.exists(current) ? Files.size(current) : 0;
        if (size > 0) {
            Instant started = firstEntryTime(current);
            boolean tooBig = size + nextLineBytes > maxBytes;
            boolean tooOld = started != null && started.plus(maxFileAge).isBefore(clock.instant());
            if (tooBig || tooOld) {
                Path rotated = uniqueRotatedName(clock.instant());
                Files.move(current, rotated);
            }
        }
        deleteExpired();
    }

    private Path uniqueRotatedName(Instant now) {
        String stamp = ROTATED_STAMP.format(now);
        Path candidate = folder.resolve(ROTATED_PREFIX + stamp + SUFFIX);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = folder.resolve(ROTATED_PREFIX + stamp + "-" + n + SUFFIX);
        }
        return candidate;
    }

    private void deleteExpired() throws IOException {
        Instant cutoff = clock.instant().minus(retention);
        for (Path file : rotatedFiles()) {
            Instant rotatedAt = rotatedAt(file);
            if (rotatedAt != null && rotatedAt.isBefore(cutoff)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private List<Path> filesOldestFirst() {
        List<Path> files = new ArrayList<>(rotatedFiles());
        Path current = folder.resolve(CURRENT);
        if (Files.exists(current)) {
            files.add(current);
        }
        return files;
    }

    /** Rotated files sorted by name, which sorts them by rotation time. */
    private List<Path> rotatedFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ROTATED_PREFIX + "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The activity log folder cannot be listed", e);
        }
        files.sort(null);
        return files;
    }

    private static @Nullable Instant rotatedAt(Path file) {
        String name = file.getFileName().toString();
        String stamp = name.substring(ROTATED_PREFIX.length(), name.length() - SUFFIX.length());
        int dash = stamp.indexOf('-');
        if (dash >= 0) {
            stamp = stamp.substring(0, dash);
        }
        try {
            return ROTATED_STAMP.parse(stamp, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private @Nullable Instant firstEntryTime(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null || first.isBlank()) {
                return null;
            }
            return json().readValue(first, Line.class).toEntry().time();
        } catch (IOException | RuntimeException e) {
            // A damaged first line must not stop appending; size still rotates the file.
            return null;
        }
    }

    private void readInto(Path file, List<ActivityEntry> entries) {
        int damaged = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(json().readValue(line, Line.class).toEntry());
                } catch (IOException | RuntimeException e) {
                    damaged++;
                }
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("The activity log cannot be read (" + file.getFileName() + ")", e);
        }
        if (damaged > 0) {
            log().warn("Skipped {} damaged line(s) in the activity log file {}", damaged, file.getFileName());
        }
    }

    /** The stored form: plain strings, so the file stays readable by people and by other tools. */
    record Line(String time, String profile, String environment, String role, String action, String targetName,
                String targetId, String outcome, String detail) {

        static Line of(ActivityEntry entry) {
            return new Line(entry.time().toString(), entry.profile(), entry.environment(), entry.role(),
                    entry.action().name(), entry.targetName(), entry.targetId(), entry.outcome().name(),
                    entry.detail());
        }

        ActivityEntry toEntry() {
            return new ActivityEntry(Instant.parse(time), profile, environment, role, ActivityAction.valueOf(action),
                    targetName, targetId, ActivityOutcome.valueOf(outcome), detail);
        }
    }

    private ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            json = mapper;
        }
        return mapper;
    }

    /** Looked up when needed: a static logger would set up logging before the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(FileActivityLog.class);
    }
}
