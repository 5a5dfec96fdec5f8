package dev.dovetail.processor.model;

import dev.dovetail.schema.ColumnType;

/**
 * One mapped component or field of an entity, and its column.
 *
 * @param name the Java name ({@code authorId})
 * @param javaType the Java type as source text ({@code java.lang.Long}, {@code long}, {@code byte[]})
 * @param kind the kind of value, {@link ValueKind#UNSUPPORTED} when the type has no mapping
 * @param primitive whether the Java type is primitive
 * @param column the column name after naming rules
 * @param columnType the logical column type, null when unsupported
 * @param length VARCHAR length, 0 otherwise
 * @param precision DECIMAL precision, 0 otherwise
 * @param scale DECIMAL scale, 0 otherwise
 * @param nullable whether the column accepts NULL (false for primitives and ids)
 * @param unique whether the column has its own unique constraint
 * @param indexed whether the column has its own index
 * @param id whether the column is (part of) the primary key
 * @param generated whether the database assigns the value
 * @param defaultValue the literal default as written on {@code @Column}, or null for none (checked against the
 *     column's type by validation, made canonical when the schema is built)
 * @param defaultNow whether the column defaults to the current point in time
 * @param accessor how to read it, null when no accessor was found
 * @param manyToOne its {@code @ManyToOne}, or null
 * @param origin the component or field (and its {@code @Column}, when the fault is there)
 */
public record PropertyModel(
    String name,
    String javaType,
    ValueKind kind,
    boolean primitive,
    String column,
    ColumnType columnType,
    int length,
    int precision,
    int scale,
    boolean nullable,
    boolean unique,
    boolean indexed,
    boolean id,
    boolean generated,
    String defaultValue,
    boolean defaultNow,
    Accessor accessor,
    ManyToOneModel manyToOne,
    Origin origin) {

  /** Whether the column has a default, literal or current time. */
  public boolean hasDefault() {
    return defaultValue != null || defaultNow;
  }
}
