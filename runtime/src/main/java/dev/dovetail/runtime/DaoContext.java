package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where generated DAOs get their connection: either from a {@link Jdbi} (a handle per call), or from one
 * {@link Handle} that a transaction is running on. Statements run directly on the JDBC connection JDBI
 * hands over, so a call costs what a prepared statement costs.
 */
public final class DaoContext {
  private final Jdbi jdbi;
  private final Handle handle;
  private final Dialect dialect;

  private DaoContext(Jdbi jdbi, Handle handle, Dialect dialect) {
    this.jdbi = jdbi;
    this.handle = handle;
    this.dialect = dialect;
  }

  /** A context opening a handle of {@code jdbi} per call, with the dialect detected from its database. */
  public static DaoContext of(Jdbi jdbi) {
    Objects.requireNonNull(jdbi, "jdbi");
    Dialect dialect = jdbi.withHandle(h -> {
      try {
        return Dialect.detect(h.getConnection());
      } catch (SQLException e) {
        throw new DovetailException("could not read the database's product name to choose a dialect", e);
      }
    });
    return new DaoContext(jdbi, null, dialect);
  }

  /** A context opening a handle of {@code jdbi} per call, with the given dialect. */
  public static DaoContext of(Jdbi jdbi, Dialect dialect) {
    return new DaoContext(Objects.requireNonNull(jdbi, "jdbi"), null, Objects.requireNonNull(dialect, "dialect"));
  }

  /**
   * A context running every call on {@code handle} (and so in its transaction, if one is open). The handle's
   * connection is readied by the dialect first ({@link Dialect#prepareConnection}).
   */
  public DaoContext on(Handle handle) {
    Objects.requireNonNull(handle, "handle");
    try {
      dialect.prepareConnection(handle.getConnection());
    } catch (SQLException e) {
      throw new DovetailException("could not ready the connection for " + dialect + ": " + e.getMessage(), e);
    }
    return onPrepared(handle);
  }

  /** {@link #on} for a handle that {@link #open()} gave, whose connection is readied already. */
  DaoContext onPrepared(Handle handle) {
    return new DaoContext(jdbi, handle, dialect);
  }

  /**
   * Opens a handle of the JDBI instance with its connection readied by the dialect: SQLite's foreign keys are
   * switched on here, before any transaction begins, as they cannot be inside one.
   */
  Handle open() throws SQLException {
    Handle h = jdbi.open();
    try {
      dialect.prepareConnection(h.getConnection());
      return h;
    } catch (SQLException | RuntimeException e) {
      h.close();
      throw e;
    }
  }

  /** The dialect SQL is written in. */
  public Dialect dialect() {
    return dialect;
  }

  /** The JDBI instance behind this context. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The handle every call runs on, or {@code null} when each call opens its own. */
  public Handle handle() {
    return handle;
  }

  /** Runs {@code work} on a connection; SQL errors become {@link DovetailException}s via {@code errors}. */
  public <R> R withConnection(SqlFunction<Connection, R> work) throws SQLException {
    if (handle != null) {
      return work.apply(handle.getConnection());
    }
    try (Handle h = open()) {
      return work.apply(h.getConnection());
    }
  }

  /**
   * Runs {@code work} all-or-nothing: in a transaction of its own, or, inside one already open, under a
   * savepoint that is rolled back if it fails, so that a failed batch leaves nothing behind.
   */
  public <R> R atomically(SqlFunction<Connection, R> work) throws SQLException {
    return withConnection(connection -> {
      if (!connection.getAutoCommit()) {
        Savepoint savepoint = connection.setSavepoint();
        try {
          R result = work.apply(connection);
          connection.releaseSavepoint(savepoint);
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection, savepoint, e);
          throw e;
        }
      }
      connection.setAutoCommit(false);
      try {
        R result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    });
  }

  private static void rollbackQuietly(Connection connection, Savepoint savepoint, Exception cause) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }
}
