package dev.dovetail.processor.model;

/**
 * A Java type a declared query binds or reads as one value: a method parameter, a record component, a
 * single-column result.
 *
 * @param sourceName the type as source text ({@code long}, {@code java.lang.String},
 *     {@code com.example.Book.Genre})
 * @param packageName the package of a declared type (an enum's, to name it in generated code), else empty
 * @param kind its kind of value, {@link ValueKind#UNSUPPORTED} when it has no column mapping
 * @param primitive whether it is primitive
 */
public record ValueType(String sourceName, String packageName, ValueKind kind, boolean primitive) {}
