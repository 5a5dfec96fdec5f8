package dev.dovetail.runtime.internal;

import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.RowReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;

/**
 * The rows of a declared query as a {@link Stream}, read from an open {@link ResultSet} as they are consumed:
 * the driver fetches {@value #FETCH_SIZE} rows at a time rather than the whole result (MariaDB streams with a
 * fetch size; PostgreSQL only inside a transaction, so a stream of its own turns autocommit off until it
 * closes). Closing the stream, or reading it to its end, closes the result, the statement, and the connection
 * or handle it opened, autocommit restored (none inside a transaction, whose connection belongs to it).
 *
 * @param <R> the row type
 */
public final class RowStream<R> extends Spliterators.AbstractSpliterator<R> implements AutoCloseable {
  /** Finds the columns the rows are read from, once. */
  @FunctionalInterface
  public interface Columns {
    int[] find(ResultSet rs) throws SQLException;
  }

  private final DaoContext ctx;
  private final String method;
  private final String sql;
  /** Rows fetched per round trip: a heap of a few MB holds them, and a million rows take a thousand trips. */
  public static final int FETCH_SIZE = 1000;

  private final RowReader<R> reader;
  private Handle handle;
  private Connection owned;
  private Connection autocommitOff;
  private PreparedStatement statement;
  private ResultSet rows;
  private int[] at;
  private boolean closed;

  private RowStream(DaoContext ctx, String method, String sql, RowReader<R> reader) {
    super(Long.MAX_VALUE, Spliterator.ORDERED);
    this.ctx = ctx;
    this.method = method;
    this.sql = sql;
    this.reader = reader;
  }

  public static <R> Stream<R> open(DaoContext ctx, String method, String sql, ParameterBinder binder, Columns columns,
      RowReader<R> reader) {
    RowStream<R> stream = new RowStream<>(ctx, method, sql, reader);
    try {
      Connection connection;
      if (ctx.handle() != null) {
        connection = ctx.handle().getConnection();
      } else {
        stream.owned = ctx.borrow();
        if (stream.owned == null) {
          stream.handle = ctx.open();
        }
        connection = stream.owned != null ? stream.owned : stream.handle.getConnection();
        if (ctx.dialect().streamsOnlyInTransaction() && connection.getAutoCommit()) {
          connection.setAutoCommit(false);
          stream.autocommitOff = connection;
        }
      }
      stream.statement = connection.prepareStatement(sql);
      stream.statement.setFetchSize(FETCH_SIZE);
      binder.bind(stream.statement, ctx.dialect());
      stream.rows = stream.statement.executeQuery();
      stream.at = columns.find(stream.rows);
    } catch (SQLException e) {
      stream.closeQuietly(e);
      throw Sql.translate(ctx.knownDialect(), e, method, sql);
    } catch (RuntimeException | Error e) {
      stream.closeQuietly(e);
      throw e;
    }
    return StreamSupport.stream(stream, false).onClose(stream::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super R> action) {
    if (closed) {
      return false;
    }
    try {
      if (!rows.next()) {
        close();
        return false;
      }
      action.accept(reader.read(rows, at, ctx.dialect()));
      return true;
    } catch (SQLException e) {
      closeQuietly(e);
      throw Sql.translate(ctx.dialect(), e, method, sql);
    }
  }

  /** Closes the result, the statement and the handle it opened; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    DovetailException failure = null;
    try {
      closeAll();
    } catch (SQLException e) {
      failure = Sql.translate(ctx.dialect(), e, "closing the stream of " + method, null);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void closeQuietly(Throwable cause) {
    closed = true;
    try {
      closeAll();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Closes the rows and the statement, ends the read-only transaction a stream of its own began, then closes
   * the connection or handle, going on past a failure and throwing the first.
   */
  private void closeAll() throws SQLException {
    SQLException first = null;
    AutoCloseable restore = autocommitOff == null ? null : () -> {
      try {
        autocommitOff.rollback();
      } finally {
        autocommitOff.setAutoCommit(true);
      }
    };
    for (AutoCloseable resource : new AutoCloseable[] {rows, statement, restore, owned, handle}) {
      try {
        if (resource != null) {
          resource.close();
        }
      } catch (SQLException e) {
        first = first == null ? e : first;
      } catch (Exception e) {
        first = first == null ? new SQLException(e.getMessage(), e) : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
