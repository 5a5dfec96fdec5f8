/**
 * The Maven goals over {@link dev.dovetail.migrate}: {@code dovetail:init}, {@code migrate}, {@code upgrade},
 * {@code downgrade}, {@code current}, {@code history}, {@code stamp}, {@code check}, {@code sql} and
 * {@code repair}, the same commands as the {@code db} command line, reading the model the project's build
 * compiled and its connection settings from the plugin's configuration. Only the goals are API; the rest is
 * the plugin's own, and the migration logic itself lives in dovetail-migrate.
 */
package dev.dovetail.maven;
