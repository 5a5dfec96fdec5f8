/**
 * The {@code ALTER} statements the migration engine writes, one class per database engine
 * ({@link dev.dovetail.migrate.alter.Alter#of}), apart from the runtime's {@link dev.dovetail.dialect.Dialect}
 * so that what applications ship stays free of them. It uses the dialect (quoting, column types and
 * definitions) and the schema model, nothing else.
 */
package dev.dovetail.migrate.alter;
