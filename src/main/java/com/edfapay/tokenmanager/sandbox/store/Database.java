package com.edfapay.tokenmanager.sandbox.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/** The sandbox's H2 database: a small connection pool plus helpers that keep JDBC boilerplate out of callers. */
public final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 40;

    private final JdbcConnectionPool pool;
    private final String url;

    private Database(String url) {
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(MAX_CONNECTIONS);
    }

    /** Opens a file database at {@code dataFile} (H2 adds {@code .mv.db}) or, when null, a private in-memory one. */
    public static Database open(@Nullable Path dataFile) throws IOException {
        if (dataFile == null) {
            // A unique name per instance keeps parallel sandboxes (and tests) isolated in one JVM.
            return new Database("jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        Path base = stripH2Suffix(dataFile.toAbsolutePath());
        if (base.getParent() != null) {
            Files.createDirectories(base.getParent());
        }
        // MAX_COMPACT_TIME=0: no chunk compaction on close. H2 2.3.232's compactMoveChunks trips its own assertion
        // (RandomAccessStore.moveChunkInside) now and then, which leaves an error trace and a half-compacted file;
        // the sandbox database is small, so compaction buys nothing.
        return new Database("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0");
    }

    private static Path stripH2Suffix(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".mv.db") ? path.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                : path;
    }

    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction, committing on success and rolling back on any exception. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = connection()) {
            return work.run(connection);
        }
    }

    /**
     * Releases the pool, then shuts the database down: a file database is flushed and unlocked, an in-memory one
     * (kept alive by DB_CLOSE_DELAY=-1) is freed. The shutdown uses its own connection, because a pooled connection
     * would try to roll back on a database that is already gone.
     */
    @Override
    public void close() {
        pool.dispose();
        try (Connection connection = org.h2.Driver.load().connect(url + ";IFEXISTS=TRUE", credentials());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed: nothing left to flush.
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return properties;
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
