package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect.Violation;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.SqlFunction;
import dev.dovetail.schema.ColumnDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/** Statement plumbing shared by the DAO base class and the relationship handles. */
public final class Sql {
  private Sql() {}

  /** {@code t.id, t.name}: every column of the mapping, in table order, qualified by {@code alias}. */
  public static String columns(Dialect dialect, EntityMapping<?> mapping, String alias) {
    StringBuilder out = new StringBuilder();
    List<ColumnDef> columns = mapping.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ", ");
      if (alias != null) {
        out.append(alias).append('.');
      }
      out.append(dialect.quote(columns.get(i).name()));
    }
    return out.toString();
  }

  /** {@code id = ? AND ...} over the primary key columns, qualified by {@code alias} when given. */
  public static String idCondition(Dialect dialect, EntityMapping<?> mapping, String alias) {
    StringBuilder out = new StringBuilder();
    int[] ids = mapping.idColumns();
    for (int i = 0; i < ids.length; i++) {
      out.append(i == 0 ? "" : " AND ");
      if (alias != null) {
        out.append(alias).append('.');
      }
      out.append(dialect.quote(mapping.table().columns().get(ids[i]).name())).append(" = ?");
    }
    return out.toString();
  }

  /**
   * Prepares {@code sql}, runs {@code work} on it (one statement: see {@link DaoContext#oneStatement}) and turns a
   * database error into a {@link DovetailException}.
   */
  public static <R> R run(DaoContext ctx, String what, String sql, SqlFunction<PreparedStatement, R> work) {
    try {
      return ctx.oneStatement(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          return work.apply(ps);
        }
      });
    } catch (SQLException e) {
      throw translate(ctx.knownDialect(), e, what, sql);
    }
  }

  /** {@link #run(DaoContext, String, String, SqlFunction)} that writes what it did only if it failed. */
  public static <R> R run(DaoContext ctx, Supplier<String> what, String sql, SqlFunction<PreparedStatement, R> work) {
    try {
      return ctx.oneStatement(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
          return work.apply(ps);
        }
      });
    } catch (SQLException e) {
      throw translate(ctx.knownDialect(), e, what.get(), sql);
    }
  }

  /** A {@link DovetailException} saying what failed, in what, with the database's message and the SQL. */
  public static DovetailException translate(Dialect dialect, SQLException e, String what, String sql) {
    return translate(dialect, e, what, null, sql);
  }

  /**
   * {@link #translate(Dialect, SQLException, String, String)} saying {@code reason} (naming the constraint and
   * the values at fault) in place of the general one of the violation's kind, when it is not null.
   */
  public static DovetailException translate(Dialect dialect, SQLException e, String what, String reason,
      String sql) {
    // No dialect yet: the call failed before it had a connection to detect it on.
    Violation violation = dialect == null ? Violation.OTHER : dialect.classify(e);
    String general = e instanceof DaoContext.NoConnection ? "no connection to the database could be had"
        : general(violation, e);
    String message = what + " failed: " + (reason != null ? reason : general) + " (" + e.getMessage().strip() + ")"
        + (sql == null ? "" : "\n  SQL: " + sql);
    if (violation != Violation.OTHER) {
      return new ConstraintViolationException(violation, what, message, e);
    }
    return new DovetailException(message, e);
  }

  private static String general(Violation violation, SQLException e) {
    return switch (violation) {
      case FOREIGN_KEY -> "a foreign key refers to a row that does not exist, or a row still referred to "
          + "would be removed";
      case UNIQUE -> "a row with the same key already exists";
      case NOT_NULL -> "a column that may not be NULL was given NULL";
      case OTHER -> String.valueOf(e.getSQLState()).startsWith("25")
          ? "the transaction can no longer be used, as an earlier statement in it failed; let the exception "
              + "leave the transaction so that it rolls back"
          : "the database refused it";
    };
  }

  /** The id of {@code entity}, refusing a null entity or a missing id with a message naming them. */
  public static <T> Object[] requireId(EntityMapping<T> mapping, T entity, String verb, String where) {
    if (entity == null) {
      throw new DovetailException("cannot " + verb + " a null " + mapping.entityName()
          + (where == null ? "" : " in " + where));
    }
    Object[] id = mapping.idOf(entity);
    for (Object part : id) {
      if (part == null) {
        throw new DovetailException("cannot " + verb + " " + mapping.describe(entity)
            + (where == null ? "" : " in " + where) + ": it has no id yet; insert it first");
      }
    }
    return id;
  }

  /** A single-column id given without its entity, refusing null with a message naming the entity. */
  public static Object requireKey(EntityMapping<?> mapping, Object id, String verb, String where) {
    if (id == null) {
      throw new DovetailException("cannot " + verb + " a null " + mapping.entityName() + " id"
          + (where == null ? "" : " in " + where));
    }
    return id;
  }
}
