/**
 * What differs between H2, PostgreSQL, MariaDB/MySQL and SQLite: one {@link dev.dovetail.dialect.Dialect} per
 * engine, which quotes names, chooses column types, writes DDL and upserts, and reads and binds values the same
 * way on every engine ({@link dev.dovetail.dialect.StoredTime}). Generated code and the runtime read and bind
 * through it. The {@code ALTER} statements of migrations are not here but in dovetail-migrate
 * ({@code dev.dovetail.migrate.alter}), which applications need not ship. It uses the JDK and
 * {@link dev.dovetail.schema} only.
 */
package dev.dovetail.dialect;
