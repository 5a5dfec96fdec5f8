/**
 * Migrations: the seed's {@code db init} / {@code db migrate -m} / {@code db upgrade}, on the schema snapshot
 * the processor writes.
 *
 * <h2>Writing migrations (no database needed)</h2>
 *
 * <p>{@link dev.dovetail.migrate.MigrationAuthor#init} writes {@code V1__<message>.sql}, creating the whole
 * model; {@link dev.dovetail.migrate.MigrationAuthor#migrate} writes the next one from
 * {@link dev.dovetail.migrate.SchemaDiff#between the difference} between the newest migration's snapshot and
 * the model. Renames come from {@link dev.dovetail.migrate.RenameHints} ({@code @RenamedFrom} on the model,
 * or the command line); a drop and an add that may be a rename stop {@code migrate} with a message naming
 * the hint to add. A {@code NOT NULL} column is added nullable, filled, then constrained, so it works on a
 * table with rows. Drops of tables and columns are written commented out, under a
 * {@code -- WARNING: drops data} line, unless data loss is allowed.
 *
 * <h2>The folder</h2>
 *
 * <pre>
 * src/main/resources/db/migration/
 *   V1__create_the_schema.sql           the up SQL, then "-- dovetail:down" and the down SQL commented out
 *   V1__create_the_schema.schema.json   the model as V1 leaves the database (SchemaJson)
 *   V2__add_email_to_students.sql
 *   V2__add_email_to_students.schema.json
 * </pre>
 *
 * The names are Flyway's, and the up part is plain SQL, so Flyway can run the folder as it is (it skips the
 * commented-out down part and the {@code .json} files). See {@link dev.dovetail.migrate.MigrationScript}.
 *
 * <h2>Applying them</h2>
 *
 * <p>{@link dev.dovetail.migrate.Migrator} applies them ({@code Migrator.upgrade(jdbi)} at application start),
 * reverts them, stamps, checks and repairs, recording each in the history table
 * {@code dovetail_schema_history} with a checksum of its normalized text. Processes migrating one database at
 * once are serialized by a lock that clears itself if its holder dies. Where DDL is transactional
 * (PostgreSQL, SQLite) a migration is all or nothing; where it is not (H2, MariaDB) progress is recorded per
 * statement, so a failure says how far it got and the next upgrade resumes after the fix. After an upgrade the
 * live schema is compared with the last migration's snapshot and differences are reported. On SQLite, which
 * alters little of an existing table in place, a table is rebuilt instead ({@link dev.dovetail.migrate.RebuildTable}),
 * with foreign keys off around the migration's transaction and {@code PRAGMA foreign_key_check} before its commit.
 *
 * <h2>Java migrations</h2>
 *
 * <p>A migration may also be a class, {@link dev.dovetail.migrate.JavaMigration}: data work on a JDBI
 * {@code Handle}, named {@code V<n>__<description>} like the files and ordered with them by version, handed to
 * the migrator ({@code Migrator.create(...).withJavaMigrations(List.of(new V3__Backfill_emails()))}) rather than
 * found by scanning. Each runs in one transaction, with its history row, on every database. The history records
 * it with its class name and the type {@code JAVA}; {@link dev.dovetail.migrate.Migration} is what SQL and Java
 * migrations have in common.
 *
 * <p>The command line over all of this is {@code dev.dovetail.migrate.cli.DbCommand} (in dovetail-cli); an
 * application with Java migrations runs it through a {@code main} of its own that hands them over
 * ({@code DbCommand.run(args, javaMigrations)}). The command line and the Maven plugin find the compiled model
 * ({@link dev.dovetail.migrate.CompiledModel}), read their arguments ({@link dev.dovetail.migrate.CommandArguments})
 * and word the engine's advice ({@link dev.dovetail.migrate.Commands}) through this package, so that the two
 * cannot drift apart.
 */
package dev.dovetail.migrate;
