package dev.dovetail.processor.model;

/**
 * A parameter of a {@code @Query} or {@code @Update} method, bound to each {@code :name} of the same name.
 *
 * @param name the parameter's name
 * @param type its type
 * @param origin the parameter
 */
public record QueryParameterModel(String name, ValueType type, Origin origin) {}
