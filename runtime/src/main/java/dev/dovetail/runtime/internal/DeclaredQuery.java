package dev.dovetail.runtime.internal;

import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.RowReader;
import dev.dovetail.runtime.SqlFunction;
import dev.dovetail.schema.ColumnDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One {@code @Query} method's statement, held by the generated implementation of a {@code @Queries} type:
 * its SQL (named parameters already replaced by {@code ?}), the columns its rows are read from and how. The
 * columns are found by label once per execution, so their order in the {@code SELECT} does not matter. It
 * runs on the context it is given, so inside {@code db.inTransaction(...)} it joins the transaction.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 *
 * @param <R> the type each row is read into
 */
public final class DeclaredQuery<R> {
  private final String method;
  private final String sql;
  private final List<String> columns;
  private final RowReader<R> reader;

  private DeclaredQuery(String method, String sql, List<String> columns, RowReader<R> reader) {
    this.method = Objects.requireNonNull(method, "method");
    this.sql = Objects.requireNonNull(sql, "sql");
    this.columns = columns == null ? null : List.copyOf(columns);
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** A query whose rows are entities of {@code mapping}, read from the columns named like its table's. */
  public static <R> DeclaredQuery<R> ofEntity(String method, String sql, EntityMapping<R> mapping) {
    List<String> names = new ArrayList<>();
    for (ColumnDef column : mapping.table().columns()) {
      names.add(column.name());
    }
    return new DeclaredQuery<>(method, sql, names, mapping::read);
  }

  /**
   * A query whose rows are read by {@code reader} from the columns {@code columns} (its {@code at[i]} is the
   * index of {@code columns.get(i)}).
   */
  public static <R> DeclaredQuery<R> of(String method, String sql, List<String> columns, RowReader<R> reader) {
    return new DeclaredQuery<>(method, sql, Objects.requireNonNull(columns, "columns"), reader);
  }

  /** A query of one column, whichever its name; {@code reader} reads it at {@code at[0]}. */
  public static <R> DeclaredQuery<R> ofValue(String method, String sql, RowReader<R> reader) {
    return new DeclaredQuery<>(method, sql, null, reader);
  }

  /**
   * {@code value}, which a generated row reader is about to hand to a primitive record component.
   *
   * @param what the component, for the message ({@code AuthorCount.bookCount (long) in Catalog.bookCounts})
   * @throws DovetailException when it is null
   */
  public static <V> V notNull(V value, String what) {
    if (value == null) {
      throw new DovetailException("read NULL for " + what + ", which cannot hold it; declare the component with "
          + "its boxed type, or use COALESCE in the SQL");
    }
    return value;
  }

  /** The SQL as prepared. */
  public String sql() {
    return sql;
  }

  /** Every row. */
  public List<R> list(DaoContext ctx, ParameterBinder binder) {
    return run(ctx, binder, rs -> {
      List<R> out = new ArrayList<>();
      int[] at = columns(rs);
      while (rs.next()) {
        out.add(reader.read(rs, at, ctx.dialect()));
      }
      return out;
    });
  }

  /**
   * The one row, if there is one ({@code Optional.empty()} also for a row whose single value is NULL).
   *
   * @throws DovetailException when there is more than one row
   */
  public Optional<R> optional(DaoContext ctx, ParameterBinder binder) {
    return run(ctx, binder, rs -> {
      if (!rs.next()) {
        return Optional.empty();
      }
      R row = reader.read(rs, columns(rs), ctx.dialect());
      requireNoMore(rs);
      return Optional.ofNullable(row);
    });
  }

  /**
   * The one row; a single value may be null.
   *
   * @throws DovetailException when there is no row, or more than one
   */
  public R one(DaoContext ctx, ParameterBinder binder) {
    return run(ctx, binder, rs -> {
      if (!rs.next()) {
        throw new DovetailException(method + " found no row, but its return type needs exactly one; "
            + "return an Optional or a List to allow none");
      }
      R row = reader.read(rs, columns(rs), ctx.dialect());
      requireNoMore(rs);
      return row;
    });
  }

  /**
   * The one row's value, which may not be null: for a method returning a primitive.
   *
   * @throws DovetailException when there is no row, more than one, or its value is NULL
   */
  public R value(DaoContext ctx, ParameterBinder binder) {
    R value = one(ctx, binder);
    if (value == null) {
      throw new DovetailException(method + " found NULL, which its primitive return type cannot hold; "
          + "return the boxed type or an Optional, or use COALESCE in the SQL");
    }
    return value;
  }

  /**
   * The rows as a stream read as it is consumed. It holds the statement, and a connection of its own outside
   * a transaction, until it is closed or read to its end: close it, with try-with-resources.
   */
  public Stream<R> stream(DaoContext ctx, ParameterBinder binder) {
    return RowStream.open(ctx, method, sql, binder, this::columns, reader);
  }

  private <X> X run(DaoContext ctx, ParameterBinder binder, SqlFunction<ResultSet, X> read) {
    return Sql.run(ctx, method, sql, ps -> {
      binder.bind(ps, ctx.dialect());
      try (ResultSet rs = ps.executeQuery()) {
        return read.apply(rs);
      }
    });
  }

  private int[] columns(ResultSet rs) throws SQLException {
    return columns == null ? new int[] {1} : ResultColumns.find(rs.getMetaData(), columns, method);
  }

  private void requireNoMore(ResultSet rs) throws SQLException {
    if (rs.next()) {
      throw new DovetailException(method + " found more than one row, but its return type holds one; "
          + "return a List, or narrow the query");
    }
  }
}
