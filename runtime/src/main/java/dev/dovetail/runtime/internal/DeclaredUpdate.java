package dev.dovetail.runtime.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One {@code @Update} method's statement, held by the generated implementation of a {@code @Queries} type:
 * its SQL (named parameters already replaced by {@code ?}) and how the method is named in messages. It runs
 * on the context it is given, so inside {@code db.inTransaction(...)} it joins the transaction.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 */
public final class DeclaredUpdate {
  private final String method;
  private final String sql;

  private DeclaredUpdate(String method, String sql) {
    this.method = Objects.requireNonNull(method, "method");
    this.sql = Objects.requireNonNull(sql, "sql");
  }

  /**
   * @param method the method, for messages ({@code Catalog.retitle})
   * @param sql the statement, with {@code ?} parameters
   */
  public static DeclaredUpdate of(String method, String sql) {
    return new DeclaredUpdate(method, sql);
  }

  /** The SQL as prepared. */
  public String sql() {
    return sql;
  }

  /**
   * Runs the statement and returns the number of rows it changed.
   *
   * @throws ConstraintViolationException when a key or constraint refuses the write
   * @throws DovetailException when the database refuses it otherwise
   */
  public long run(DaoContext ctx, ParameterBinder binder) {
    try {
      return ctx.withConnection(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          binder.bind(ps, ctx.dialect());
          return (long) ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw Sql.translate(ctx.knownDialect(), e, method, sql);
    }
  }

  /** {@link #run}, as an {@code int}. */
  public int runInt(DaoContext ctx, ParameterBinder binder) {
    return Math.toIntExact(run(ctx, binder));
  }
}
