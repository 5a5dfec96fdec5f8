package dev.dovetail.migrate;

import org.jdbi.v3.core.Handle;

/**
 * A migration written in Java: data work that SQL says badly (computing values row by row, splitting a column,
 * calling the application's own code), run on a JDBI {@link Handle} and ordered by version with the SQL
 * migrations around it. A SQL migration adds a column, a Java migration fills it from the others, a later SQL
 * migration makes it {@code NOT NULL}:
 *
 * <pre>{@code
 * public final class V3__Backfill_full_names implements JavaMigration {
 *   @Override
 *   public void up(Handle handle) {
 *     PreparedBatch update = handle.prepareBatch("UPDATE students SET full_name = ? WHERE id = ?");
 *     handle.createQuery("SELECT id, first_name, last_name FROM students")
 *         .map((rs, ctx) -> update.add(rs.getString(2) + " " + rs.getString(3), rs.getLong(1)))
 *         .list();
 *     update.execute();
 *   }
 * }
 *
 * Migrator.create(jdbi, MigrationSource.classpath("db/migration"))
 *     .withJavaMigrations(List.of(new V3__Backfill_full_names()))
 *     .upgrade();
 * }</pre>
 *
 * <h2>Registering</h2>
 *
 * <p>Java migrations are handed to the migrator ({@link Migrator#withJavaMigrations}), or to the {@code db}
 * command line through the application's own entry point ({@code DbCommand.run(args, javaMigrations)}): nothing
 * scans the classpath or instantiates classes by name. The version and description come from the class's simple
 * name, {@code V<version>__<description>} as for SQL files, underscores read as spaces; a class named otherwise
 * overrides {@link #version()} and {@link #description()}. A version that is both a SQL file and a Java class
 * is refused, naming both.
 *
 * <h2>Running</h2>
 *
 * <p>{@link #up} runs in one transaction on every database, together with the history row that records it: if
 * it throws, everything it did is rolled back and the error names the class and the version. The migrator owns
 * that transaction, so do not begin, commit or roll back on the handle. Keep DDL out of a Java migration: H2
 * and MariaDB commit the transaction at each DDL statement, so a failure after one would leave part of the
 * migration applied; change the schema in SQL migrations before and after it.
 *
 * <h2>Changing one</h2>
 *
 * <p>An applied migration must not change. For a SQL file the migrator checks the text; for a class, whose
 * bytecode differs from compiler to compiler, it checks the number {@link #checksum()} declares: raise it when
 * you change what an applied migration does, and {@code upgrade} stops until {@code repair} accepts it, as for an
 * edited file.
 */
public interface JavaMigration {

  /**
   * The version: by default the number in the class's simple name, {@code V<version>__<description>}.
   *
   * @throws MigrationException when the class is not so named and does not override this method
   */
  default int version() {
    return MigrationClass.versionOf(getClass());
  }

  /** What it does: by default the part of the simple name after {@code __}, underscores read as spaces. */
  default String description() {
    return MigrationClass.descriptionOf(getClass());
  }

  /**
   * Applies the migration, in the transaction the migrator opened on {@code handle}.
   *
   * @throws Exception anything; the transaction is rolled back and the upgrade stops with an error naming the
   *     class and the version
   */
  void up(Handle handle) throws Exception;

  /**
   * Reverts {@link #up}, in a transaction as {@code up} runs, for {@code db downgrade}. Optional, as
   * {@link java.util.Iterator#remove()} is: a migration that does not implement it cannot be downgraded, and
   * {@code downgrade} stops there with a message saying so. A data migration whose effect the SQL migrations
   * below it undo anyway (a backfill of a column the previous migration's down part drops) implements it
   * with an empty body.
   *
   * @throws Exception anything; the transaction is rolled back and the migration stays applied
   */
  default void down(Handle handle) throws Exception {
    throw new MigrationClass.NoDown();
  }

  /**
   * A number that tells whether the migration changed after it was applied; 0 unless overridden. Raise it when
   * what {@link #up} does changes.
   */
  default int checksum() {
    return 0;
  }
}
