package com.edfapay.tokenmanager.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files that hold a secret: the key file read with {@code --key-file} and the file written with
 * {@code --secret-file}. Both must be readable by their owner only.
 *
 * <p>POSIX file systems (Linux, macOS): the owner must be the user running the command and the mode must grant
 * nothing to group or others (like ssh's private keys: {@code chmod 600}). Windows (ACL file systems): every
 * entry that allows reading must name the owner, SYSTEM or Administrators. A file system with neither (FAT) cannot
 * say who may read a file, so a key file there is refused.
 */
final class OwnerOnlyFiles {

    static final int MAX_KEY_FILE_BYTES = 4096;
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final List<String> WINDOWS_TRUSTED = List.of("NT AUTHORITY\\SYSTEM", "BUILTIN\\Administrators");

    private OwnerOnlyFiles() {
    }

    /** The API key in {@code path} (one line; surrounding white space dropped), or a {@link CliFailure}. */
    static String readKeyFile(Path path, CliMessages messages) {
        if (!Files.isRegularFile(path)) {
            throw CliFailure.authentication(messages.get("keyFile.missing", path));
        }
        checkOwnerOnly(path, messages);
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_KEY_FILE_BYTES) {
                throw CliFailure.authentication(messages.get("keyFile.tooBig", path, MAX_KEY_FILE_BYTES));
            }
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw CliFailure.authentication(messages.get("keyFile.unreadable", path));
        } catch (IOException e) {
            throw CliFailure.authentication(messages.get("keyFile.unreadable", path));
        }
        String key = new String(bytes, StandardCharsets.UTF_8).strip();
        Arrays.fill(bytes, (byte) 0);
        if (key.isEmpty()) {
            throw CliFailure.authentication(messages.get("keyFile.empty", path));
        }
        if (key.contains("\n") || key.contains("\r")) {
            throw CliFailure.authentication(messages.get("keyFile.lines", path));
        }
        return key;
    }

    static void checkOwnerOnly(Path path, CliMessages messages) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            if (posix != null) {
                PosixFileAttributes attributes = posix.readAttributes();
                String me = System.getProperty("user.name", "");
                if (!attributes.owner().getName().equals(me)) {
                    throw CliFailure.authentication(messages.get("keyFile.notYours", path,
                            attributes.owner().getName()));
                }
                Set<PosixFilePermission> loose = EnumSet.noneOf(PosixFilePermission.class);
                loose.addAll(attributes.permissions());
                loose.retainAll(NOT_OWNER);
                if (!loose.isEmpty()) {
                    throw CliFailure.authentication(messages.get("keyFile.loose", path,
                            PosixFilePermissions.toString(attributes.permissions())));
                }
                return;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = acl.getOwner();
                for (AclEntry entry : acl.getAcl()) {
                    boolean allowsRead = entry.type() == AclEntryType.ALLOW
                            && entry.permissions().contains(AclEntryPermission.READ_DATA);
                    String who = entry.principal().getName();
                    if (allowsRead && !entry.principal().equals(owner) && !trustedOnWindows(who)) {
                        throw CliFailure.authentication(messages.get("keyFile.looseAcl", path, who));
                    }
                }
                return;
            }
        } catch (NoSuchFileException e) {
            throw CliFailure.authentication(messages.get("keyFile.missing", path));
        } catch (IOException e) {
            throw CliFailure.authentication(messages.get("keyFile.unreadable", path));
        }
        throw CliFailure.authentication(messages.get("keyFile.unknownPermissions", path));
    }

    private static boolean trustedOnWindows(String principal) {
        for (String trusted : WINDOWS_TRUSTED) {
            if (trusted.toLowerCase(Locale.ROOT).equals(principal.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A secret file being written: created owner-only (empty) before the secret exists, so that a folder that cannot
     * take it fails before a token is generated; {@link #commit} fills it and moves it into place.
     */
    static final class PendingSecretFile implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private boolean committed;

        private PendingSecretFile(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        static PendingSecretFile prepare(Path target, CliMessages messages) {
            Path absolute = target.toAbsolutePath();
            Path dir = absolute.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new CliFailure(ExitCodes.USAGE, "SECRET_FILE", messages.get("secretFile.noFolder", target));
            }
            if (Files.isDirectory(absolute)) {
                throw new CliFailure(ExitCodes.USAGE, "SECRET_FILE", messages.get("secretFile.isFolder", target));
            }
            try {
                Path temp;
                if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    temp = Files.createTempFile(dir, ".edfapay-secret-", ".tmp",
                            PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                                    PosixFilePermission.OWNER_WRITE)));
                    // The umask can only take bits away; set the mode explicitly anyway.
                    Files.setPosixFilePermissions(temp, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE));
                } else if (Files.getFileStore(dir).supportsFileAttributeView(AclFileAttributeView.class)) {
                    temp = Files.createTempFile(dir, ".edfapay-secret-", ".tmp");
                    AclFileAttributeView view = Files.getFileAttributeView(temp, AclFileAttributeView.class);
                    AclEntry ownerOnly = AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                            .setPrincipal(view.getOwner()).setPermissions(EnumSet.allOf(AclEntryPermission.class))
                            .build();
                    view.setAcl(List.of(ownerOnly));
                } else {
                    throw new CliFailure(ExitCodes.USAGE, "SECRET_FILE",
                            messages.get("secretFile.unknownPermissions", target));
                }
                return new PendingSecretFile(absolute, temp);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.FAILURE, "SECRET_FILE", messages.get("secretFile.cannotWrite", target,
                        e.getClass().getSimpleName()));
            }
        }

        Path target() {
            return target;
        }

        /** Writes the secret and a line break, then replaces {@code target} atomically. */
        void commit(char[] secret) throws IOException {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write(secret);
                writer.write('\n');
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicNotPossible) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // An empty owner-only temporary file holds nothing secret.
                }
            }
        }
    }
}
