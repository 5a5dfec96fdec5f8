/**
 * The {@code db} command line ({@link dev.dovetail.migrate.cli.DbCommand}, built on picocli): {@code init},
 * {@code migrate -m}, {@code upgrade}, {@code downgrade}, {@code current}, {@code history}, {@code stamp},
 * {@code check}, {@code sql} and {@code repair}, over {@link dev.dovetail.migrate}.
 */
package dev.dovetail.migrate.cli;
