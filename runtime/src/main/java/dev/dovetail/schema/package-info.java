/**
 * The schema as plain values: {@link dev.dovetail.schema.SchemaDef}, its {@link dev.dovetail.schema.TableDef}s
 * and their columns, keys and indexes, with their JSON snapshot form ({@link dev.dovetail.schema.SchemaJson}).
 * The processor builds them from the model, generated databases hold them, and the migration engine compares
 * them. This package uses the JDK, the annotations and {@link dev.dovetail.dialect} (a table renders its own
 * DDL); not JDBI, so that the processor can use it inside javac.
 */
package dev.dovetail.schema;
