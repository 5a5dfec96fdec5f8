package dev.dovetail.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite's lock: {@code BEGIN IMMEDIATE} held on a file of its own beside the database
 * ({@code school.db}{@value #SUFFIX}) for the whole migration. It cannot be held on the database itself, where
 * it would keep the migration's own connection from writing; on its own file it excludes other connections
 * and processes alike, and the operating system releases it when its holder dies. A database in memory is
 * seen by one process only, whose threads take a lock in memory.
 */
final class SqliteLock implements MigrationLock {
  /** What the lock file's name adds to the database file's. */
  static final String SUFFIX = ".dovetail-lock";

  private static final Semaphore IN_MEMORY = new Semaphore(1);

  private final Connection connection;

  private SqliteLock(Connection connection) {
    this.connection = connection;
  }

  static SqliteLock acquire(Jdbi jdbi, Duration timeout) {
    String file = jdbi.withHandle(h -> h.createQuery("PRAGMA database_list").map((rs, ctx) ->
        "main".equals(rs.getString("name")) ? rs.getString("file") : null).list().stream()
        .filter(f -> f != null).findFirst().orElse(""));
    long start = System.nanoTime();
    if (file.isEmpty()) {
      try {
        if (!IN_MEMORY.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new MigrationException("waited " + AdvisoryLock.seconds(System.nanoTime() - start) + " for the "
              + "migration lock of the SQLite database in memory; another thread is migrating it");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException("interrupted while waiting for the migration lock", e);
      }
      return new SqliteLock(null);
    }
    String lockFile = file + SUFFIX;
    long deadline = start + timeout.toNanos();
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + lockFile);
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA busy_timeout = " + MigrationLock.POLL.toMillis());
      }
      while (true) {
        try (Statement st = connection.createStatement()) {
          st.execute("BEGIN IMMEDIATE");
          return new SqliteLock(connection);
        } catch (SQLException e) {
          if (System.nanoTime() >= deadline) {
            throw new MigrationException("waited " + AdvisoryLock.seconds(System.nanoTime() - start) + " for the "
                + "write lock (BEGIN IMMEDIATE) of " + lockFile + " (Dovetail migrations of " + file + "); another "
                + "migration is running. Last error: " + e.getMessage(), e);
          }
        }
      }
    } catch (SQLException e) {
      close(connection);
      throw new MigrationException("could not open the migration lock file " + lockFile + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(connection);
      throw e;
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing releases the lock in any case.
      }
    }
  }

  @Override
  public void close() {
    if (connection == null) {
      IN_MEMORY.release();
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // Closing the connection below ends the transaction as well.
    } finally {
      close(connection);
    }
  }
}
