package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.filter.AssociationTable;
import dev.dovetail.filter.Condition;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.schema.SchemaDef;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Base of every generated database entry point ({@code SchoolDb}): DAO accessors are generated; schema
 * creation and transactions live here.
 *
 * @param <D> the generated subclass
 */
public abstract class DovetailDatabase<D extends DovetailDatabase<D>> {
  /** Where the DAOs of this instance run their statements. */
  protected final DaoContext ctx;

  /** @param ctx where the DAOs of this instance run their statements */
  protected DovetailDatabase(DaoContext ctx) {
    this.ctx = ctx;
  }

  /** The schema of this database: every table, association tables included, in foreign-key order. */
  public abstract SchemaDef schema();

  /** The same database with its DAOs running in {@code context}. */
  protected abstract D withContext(DaoContext context);

  /**
   * The dialect SQL is written in: as given to {@code create}, or detected from the database's product name by
   * the first call, on its connection. Asked before any call, it takes a connection to detect it, returned at
   * once.
   *
   * @throws IllegalArgumentException when Dovetail has no dialect for the database, naming it
   */
  public final Dialect dialect() {
    return ctx.dialect();
  }

  /** The JDBI instance behind this database. */
  public final Jdbi jdbi() {
    return ctx.jdbi();
  }

  /**
   * The number of rows of a plain association table: {@code db.count(Student_.Classes.TABLE)}, every link of
   * {@code Student.classes}.
   */
  public final long count(AssociationTable<?> table) {
    return AssociationCount.count(ctx, table, null);
  }

  /**
   * The number of rows of a plain association table matching a typed condition on its columns:
   * {@code db.count(Student_.Classes.TABLE, Student_.Classes.CLASS_ID.eq(maths.id()))}.
   *
   * @throws IllegalArgumentException if the condition names a column of another table
   */
  public final <E> long count(AssociationTable<E> table, Condition where) {
    return AssociationCount.count(ctx, table, Objects.requireNonNull(where, "where"));
  }

  /** The statements {@link #createSchema()} runs, in order. */
  public final List<String> createStatements() {
    return ctx.dialect().createSchema(schema());
  }

  /**
   * Creates every table, index and foreign key of the schema, in one transaction where the database's DDL
   * is transactional.
   */
  public final void createSchema() {
    execute("create the schema " + schema().name(), createStatements());
  }

  /** Drops every table of the schema, with its rows. */
  public final void dropSchema() {
    Dialect d = ctx.dialect();
    execute("drop the schema " + schema().name(), d.dropSchema(schema()), d.dropSchemaInTransaction(),
        d.afterDropSchema());
  }

  private void execute(String what, List<String> statements) {
    execute(what, statements, ctx.dialect().transactionalDdl(), List.of());
  }

  /** Runs {@code statements}, then, outside a transaction, {@code always} even if one of them failed. */
  private void execute(String what, List<String> statements, boolean transaction, List<String> always) {
    String[] current = new String[1];
    try {
      if (transaction) {
        ctx.atomically(connection -> run(connection, statements, current));
      } else {
        ctx.withConnection(connection -> {
          try {
            return run(connection, statements, current);
          } catch (SQLException e) {
            try {
              run(connection, always, new String[1]);
            } catch (SQLException suppressed) {
              e.addSuppressed(suppressed);
            }
            throw e;
          }
        });
      }
    } catch (SQLException e) {
      throw new DovetailException("could not " + what + ": " + e.getMessage() + "\n  SQL: " + current[0], e);
    }
  }

  private static Void run(java.sql.Connection connection, List<String> statements, String[] current)
      throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String sql : statements) {
        current[0] = sql;
        st.execute(sql);
      }
    }
    return null;
  }

  /**
   * Runs {@code work} in one transaction: every DAO of the database it is given uses that transaction. It
   * commits when {@code work} returns and rolls back when it throws.
   */
  public final <R, X extends Exception> R inTransaction(TransactionCallback<D, R, X> work) throws X {
    if (ctx.handle() != null) {
      D self = withContext(ctx);
      return ctx.handle().inTransaction(h -> work.apply(self));
    }
    // Opened through the context, so that the dialect readies the connection before the transaction begins.
    Handle h;
    try {
      h = ctx.open();
    } catch (SQLException e) {
      throw new DovetailException("could not open a connection for a transaction: " + e.getMessage(), e);
    }
    try (h) {
      return h.inTransaction(tx -> work.apply(withContext(ctx.onPrepared(tx))));
    }
  }

  /** {@link #inTransaction} for work that returns nothing. */
  public final <X extends Exception> void useTransaction(TransactionConsumer<D, X> work) throws X {
    inTransaction(db -> {
      work.accept(db);
      return null;
    });
  }

  /**
   * Work run in a transaction.
   *
   * @param <D> the database type
   * @param <R> the result type
   * @param <X> what it may throw
   */
  @FunctionalInterface
  public interface TransactionCallback<D, R, X extends Exception> {
    /** Does the work with the database bound to the transaction. */
    R apply(D db) throws X;
  }

  /**
   * Work run in a transaction, returning nothing.
   *
   * @param <D> the database type
   * @param <X> what it may throw
   */
  @FunctionalInterface
  public interface TransactionConsumer<D, X extends Exception> {
    /** Does the work with the database bound to the transaction. */
    void accept(D db) throws X;
  }
}
