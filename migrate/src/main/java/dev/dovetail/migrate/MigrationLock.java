package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps two processes from migrating one database at once. It is held on a connection of its own for as
 * long as the migration runs, and clears itself when that connection ends, so a holder that dies does not
 * leave the database locked. Waiting is bounded; the message on timeout names what was waited for.
 */
interface MigrationLock extends AutoCloseable {

  /** How often a waiting process asks again. */
  Duration POLL = Duration.ofMillis(200);

  /** Releases the lock and closes its connection. */
  @Override
  void close();

  /**
   * Takes the lock for the database behind {@code jdbi}: a PostgreSQL advisory lock, SQLite's write lock on a
   * file beside the database ({@link SqliteLock}), or elsewhere a row lock on {@value RowLock#TABLE}.
   *
   * @throws MigrationException when it is still held by another after {@code timeout}
   */
  static MigrationLock acquire(Jdbi jdbi, Dialect dialect, Duration timeout) {
    return switch (dialect.name()) {
      case "postgresql" -> AdvisoryLock.acquire(jdbi, timeout);
      case "sqlite" -> SqliteLock.acquire(jdbi, timeout);
      default -> RowLock.acquire(jdbi, timeout);
    };
  }

  /** Sleeps one poll interval, keeping the interrupt. */
  static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("interrupted while waiting for the migration lock", e);
    }
  }
}
