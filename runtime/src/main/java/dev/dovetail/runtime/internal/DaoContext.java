package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.SqlFunction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where generated DAOs get their connection: from a {@link Jdbi} (a handle per call), from a
 * {@link DataSource} (a connection per call), or from one {@link Handle} that a transaction is running on.
 * Statements run directly on the JDBC connection, so a call costs what a prepared statement costs, plus, with a
 * {@code Jdbi}, opening a handle (a copy of JDBI's configuration: about 0.2 µs, a sixth of an H2 lookup).
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 */
public final class DaoContext {
  private final DataSource dataSource;
  private final Handle handle;
  // Null until known: detected on the first connection the context takes (see ready), unless given. A race
  // detects it twice, alike.
  private volatile Dialect dialect;
  // Made on first use when the context was made from a DataSource: JDBI is needed only for transactions, and
  // initialising it takes longer than the JVM takes to start.
  private volatile Jdbi jdbi;

  private DaoContext(Jdbi jdbi, DataSource dataSource, Handle handle, Dialect dialect) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.handle = handle;
    this.dialect = dialect;
  }

  /**
   * A context opening a handle of {@code jdbi} per call, with the dialect detected from its database on the
   * first call's connection: making it opens no handle.
   */
  public static DaoContext of(Jdbi jdbi) {
    return new DaoContext(Objects.requireNonNull(jdbi, "jdbi"), null, null, null);
  }

  /** A context opening a handle of {@code jdbi} per call, with the given dialect. */
  public static DaoContext of(Jdbi jdbi, Dialect dialect) {
    return new DaoContext(Objects.requireNonNull(jdbi, "jdbi"), null, null, Objects.requireNonNull(dialect,
        "dialect"));
  }

  /**
   * A context taking a connection of {@code dataSource} (a pool, as a rule) per call, with the dialect detected
   * from its database: {@code new StudentDao(DaoContext.of(pool))}. Calls skip JDBI's handle; JDBI is started
   * only for {@link #jdbi()} and transactions. Making it takes no connection: the first call detects the
   * dialect on the connection it takes for its own work, so a context holds no connection between calls, an
   * unused one leaks nothing, one on a database that cannot be reached fails only when called, and under a
   * transaction-aware data source every call, the first included, takes the connection of the caller's
   * transaction.
   */
  public static DaoContext of(DataSource dataSource) {
    return new DaoContext(null, Objects.requireNonNull(dataSource, "dataSource"), null, null);
  }

  /** {@link #of(DataSource)} with the given dialect. */
  public static DaoContext of(DataSource dataSource, Dialect dialect) {
    return new DaoContext(null, Objects.requireNonNull(dataSource, "dataSource"), null,
        Objects.requireNonNull(dialect, "dialect"));
  }

  /**
   * A context running every call on {@code handle} (and so in its transaction, if one is open). The handle's
   * connection is readied by the dialect first ({@link Dialect#prepareConnection}), which it tells if this
   * context does not know it yet.
   */
  public DaoContext on(Handle handle) {
    Objects.requireNonNull(handle, "handle");
    Dialect known;
    try {
      known = ready(handle.getConnection());
    } catch (SQLException e) {
      throw new DovetailException("could not ready the connection for " + dialect + ": " + e.getMessage(), e);
    }
    return new DaoContext(jdbi, dataSource, handle, known);
  }

  /** {@link #on} for a handle that {@link #open()} gave, whose connection is readied already. */
  public DaoContext onPrepared(Handle handle) {
    return new DaoContext(jdbi, dataSource, handle, dialect);
  }

  /**
   * Opens a handle of the JDBI instance with its connection readied by the dialect: SQLite's foreign keys are
   * switched on here, before any transaction begins, as they cannot be inside one. A connection JDBI could not
   * open is reported as the {@link SQLException} it failed with, for the caller to say what failed.
   */
  public Handle open() throws SQLException {
    Handle h = JdbiHandles.open(jdbi());
    try {
      ready(h.getConnection());
      return h;
    } catch (SQLException | RuntimeException e) {
      h.close();
      throw e;
    }
  }

  /**
   * A connection of the data source, readied by the dialect, for work that outlives one call (a stream); the
   * caller closes it. {@code null} in a context made from a {@link Jdbi}, which {@link #open()}s a handle.
   */
  public Connection borrow() throws SQLException {
    if (dataSource == null) {
      return null;
    }
    Connection connection = connect();
    try {
      ready(connection);
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private Connection connect() throws NoConnection {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new NoConnection(e);
    }
  }

  /**
   * Opening a JDBI handle, apart: catching JDBI's exception here would make the JVM load JDBI's exception classes
   * when it verifies {@code DaoContext}, which a context made from a {@link DataSource} never needs.
   */
  private static final class JdbiHandles {
    private JdbiHandles() {}

    /** A handle of {@code jdbi}; a connection JDBI could not open is the {@link SQLException} it failed with. */
    static Handle open(Jdbi jdbi) throws NoConnection {
      try {
        return jdbi.open();
      } catch (ConnectionException e) {
        if (e.getCause() instanceof SQLException cause) {
          throw new NoConnection(cause);
        }
        throw e;
      }
    }
  }

  /**
   * A connection the context could not take, so that the call's message says that it failed before any
   * statement ran. The database's words are the cause's.
   */
  static final class NoConnection extends SQLException {
    private static final long serialVersionUID = 1L;

    NoConnection(SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
    }
  }

  /**
   * Readies a connection the context has just taken for its first statement: detects the dialect on it if it
   * is not known yet, then lets the dialect prepare it.
   *
   * @throws IllegalArgumentException when Dovetail has no dialect for the database, naming it
   */
  private Dialect ready(Connection connection) throws SQLException {
    Dialect known = dialect;
    if (known == null) {
      known = detect(connection);
    }
    known.prepareConnection(connection);
    return known;
  }

  private Dialect detect(Connection connection) {
    Dialect detected;
    try {
      detected = Dialect.detect(connection);
    } catch (SQLException e) {
      throw new DovetailException("could not read the database's product name to choose a dialect: "
          + e.getMessage(), e);
    }
    dialect = detected;
    return detected;
  }

  /**
   * The dialect SQL is written in. Until a call has detected it, asking for it takes a connection for that
   * alone, returned at once.
   *
   * @throws IllegalArgumentException when Dovetail has no dialect for the database, naming it
   */
  public Dialect dialect() {
    Dialect known = dialect;
    return known != null ? known : detectOnAConnectionOfItsOwn();
  }

  /** The dialect if it is known: given, or detected by a call. */
  public Dialect knownDialect() {
    return dialect;
  }

  private Dialect detectOnAConnectionOfItsOwn() {
    if (dataSource != null) {
      try (Connection connection = dataSource.getConnection()) {
        return detect(connection);
      } catch (SQLException e) {
        throw new DovetailException("could not connect to the database to choose a dialect: " + e.getMessage(), e);
      }
    }
    return jdbi.withHandle(h -> detect(h.getConnection()));
  }

  /** The JDBI instance behind this context; made on first use for a context made from a {@link DataSource}. */
  public Jdbi jdbi() {
    Jdbi made = jdbi;
    if (made == null) {
      synchronized (this) {
        made = jdbi;
        if (made == null) {
          made = Jdbi.create(dataSource);
          jdbi = made;
        }
      }
    }
    return made;
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
    if (dataSource != null) {
      try (Connection connection = connect()) {
        ready(connection);
        return work.apply(connection);
      }
    }
    try (Handle h = open()) {
      return work.apply(h.getConnection());
    }
  }

  /**
   * {@link #withConnection} for work of one statement (prepared and run inside {@code work}). A statement that
   * the database refused in autocommit because another connection held a lock past the wait it allows (SQLite's
   * one writer past its busy timeout; a deadlock victim on MariaDB) took no effect, so it runs again after a
   * short pause, for up to ten seconds after the first refusal. Inside a transaction it is not run again: the
   * database may have rolled the whole transaction back.
   */
  public <R> R oneStatement(SqlFunction<Connection, R> work) throws SQLException {
    return withConnection(connection -> {
      long firstRefusal = 0;
      for (int attempt = 1; ; attempt++) {
        try {
          return work.apply(connection);
        } catch (SQLException e) {
          // Checked only on failure: the usual call pays nothing for it.
          if (!dialect().isTransientLockFailure(e) || !connection.getAutoCommit()) {
            throw e;
          }
          long now = System.nanoTime();
          if (firstRefusal == 0) {
            firstRefusal = now;
          } else if (now - firstRefusal > LOCK_RETRY_NANOS) {
            throw e;
          }
          pause(Math.min(100, 1L << Math.min(attempt, 7)), e);
        }
      }
    });
  }

  private static final long LOCK_RETRY_NANOS = 10_000_000_000L;

  private static void pause(long millis, SQLException refusal) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw refusal;
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
