package com.edfapay.tokenmanager.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Builds folders and git repositories with planted tokens for the scanner tests (JGit, no git binary needed). */
public final class TestRepos {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestRepos() {
    }

    public static String apiToken() {
        StringBuilder token = new StringBuilder("edfa_");
        for (int i = 0; i < 40; i++) {
            token.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return token.toString();
    }

    public static String sdkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }

    public static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static Git init(Path root) throws GitAPIException {
        return Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    }

    public static RevCommit commitAll(Git git, String message, String author, Instant when) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com", when,
                ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }
}
