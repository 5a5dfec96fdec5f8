package dev.dovetail.runtime;

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
 * The rows of a declared query as a {@link Stream}, read from an open {@link ResultSet} as they are consumed.
 * Closing the stream, or reading it to its end, closes the result, the statement and the handle it opened
 * (none inside a transaction, whose handle belongs to the transaction).
 *
 * @param <R> the row type
 */
final class RowStream<R> extends Spliterators.AbstractSpliterator<R> implements AutoCloseable {
  /** Finds the columns the rows are read from, once. */
  @FunctionalInterface
  interface Columns {
    int[] find(ResultSet rs) throws SQLException;
  }

  private final DaoContext ctx;
  private final String method;
  private final String sql;
  private final RowReader<R> reader;
  private Handle handle;
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

  static <R> Stream<R> open(DaoContext ctx, String method, String sql, ParameterBinder binder, Columns columns,
      RowReader<R> reader) {
    RowStream<R> stream = new RowStream<>(ctx, method, sql, reader);
    try {
      Connection connection;
      if (ctx.handle() != null) {
        connection = ctx.handle().getConnection();
      } else {
        stream.handle = ctx.jdbi().open();
        connection = stream.handle.getConnection();
      }
      stream.statement = connection.prepareStatement(sql);
      binder.bind(stream.statement, ctx.dialect());
      stream.rows = stream.statement.executeQuery();
      stream.at = columns.find(stream.rows);
    } catch (SQLException e) {
      stream.closeQuietly(e);
      throw Sql.translate(ctx.dialect(), e, method, sql);
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

  /** Closes the rows, the statement, then the handle, going on past a failure and throwing the first. */
  private void closeAll() throws SQLException {
    SQLException first = null;
    for (AutoCloseable resource : new AutoCloseable[] {rows, statement, handle}) {
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
