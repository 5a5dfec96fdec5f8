package dev.dovetail.migrate;

import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;

/**
 * A lock row in {@value #TABLE}, held by {@code SELECT ... FOR UPDATE} in a transaction kept open on a
 * connection of its own for the whole migration. That is how H2 (whose DDL commits the transaction it runs
 * in) is locked: the migration's statements run on another connection, and the lock ends with the
 * transaction, whether released or because its holder died.
 */
final class RowLock implements MigrationLock {
  /** The lock table. */
  static final String TABLE = "dovetail_schema_lock";

  private final Handle handle;

  private RowLock(Handle handle) {
    this.handle = handle;
  }

  static RowLock acquire(Jdbi jdbi, Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (true) {
      Handle handle = null;
      try {
        handle = jdbi.open();
        prepare(handle);
        while (true) {
          handle.begin();
          try {
            handle.createQuery("SELECT id FROM " + TABLE + " WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one();
            handle.execute("UPDATE " + TABLE + " SET locked_at = CURRENT_TIMESTAMP WHERE id = 1");
            return new RowLock(handle);
          } catch (StatementException e) {
            handle.rollback();
            checkDeadline(start, deadline, e);
            MigrationLock.pause();
          }
        }
      } catch (MigrationException e) {
        close(handle);
        throw e;
      } catch (JdbiException e) {
        // The connection itself failed: an H2 file database shared with AUTO_SERVER=TRUE loses the connections it
        // serves when the process serving it ends, and one connecting meanwhile finds it in use. A new connection
        // reaches the next server (or makes this process the server).
        close(handle);
        checkDeadline(start, deadline, e);
        MigrationLock.pause();
      }
    }
  }

  private static void prepare(Handle handle) {
    handle.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INTEGER NOT NULL, locked_at TIMESTAMP, "
        + "CONSTRAINT pk_" + TABLE + " PRIMARY KEY (id))");
    try {
      if (handle.createQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE id = 1").mapTo(Integer.class).one() == 0) {
        handle.execute("INSERT INTO " + TABLE + " (id) VALUES (1)");
      }
    } catch (StatementException e) {
      // Another process inserted the row in between: it is there, which is all that matters.
    }
    shortLockTimeout(handle);
  }

  private static void checkDeadline(long start, long deadline, RuntimeException e) {
    if (System.nanoTime() >= deadline) {
      throw new MigrationException("waited " + AdvisoryLock.seconds(System.nanoTime() - start) + " for the lock row "
          + "of " + TABLE + " (Dovetail migrations of this database); another migration is running, or stopped "
          + "while holding its transaction open. Last error: " + e.getMessage(), e);
    }
  }

  private static void close(Handle handle) {
    if (handle != null) {
      try {
        handle.close();
      } catch (RuntimeException ignored) {
        // A connection that failed may fail to close as well; it is given up either way.
      }
    }
  }

  /**
   * Keeps each wait short (H2's default is seconds, InnoDB's fifty), so the bounded wait above decides how long
   * to wait.
   */
  private static void shortLockTimeout(Handle handle) {
    try {
      String product = handle.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      if (product.contains("h2")) {
        handle.execute("SET LOCK_TIMEOUT 500");
      } else if (product.contains("mariadb") || product.contains("mysql")) {
        handle.execute("SET SESSION innodb_lock_wait_timeout = 1");
      }
    } catch (SQLException e) {
      throw new MigrationException("could not read the database's product name: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      handle.rollback();
    } finally {
      handle.close();
    }
  }
}
