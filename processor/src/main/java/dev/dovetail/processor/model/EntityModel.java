package dev.dovetail.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Entity} as declared, with the facts the validators judge.
 *
 * @param qualifiedName the entity's qualified name
 * @param packageName its package
 * @param simpleName its simple name
 * @param table the table name after naming rules
 * @param record whether it is a record (else a class)
 * @param problems shape problems found while reading: abstract, generic, non-static inner, not a class
 * @param properties the mapped components or fields, in declaration order
 * @param constructible whether a constructor taking every property in order exists (and is visible)
 * @param manyToMany the {@code @ManyToMany} relationships it owns
 * @param origin the type and its {@code @Entity}
 */
public record EntityModel(
    String qualifiedName,
    String packageName,
    String simpleName,
    String table,
    boolean record,
    List<Shape> problems,
    List<PropertyModel> properties,
    boolean constructible,
    List<ManyToManyModel> manyToMany,
    Origin origin) {

  /** A reason the type cannot be an entity at all. */
  public enum Shape {
    ABSTRACT,
    GENERIC,
    INNER,
    NOT_A_CLASS
  }

  /** Copies the lists. */
  public EntityModel {
    problems = List.copyOf(problems);
    properties = List.copyOf(properties);
    manyToMany = List.copyOf(manyToMany);
  }

  /** The id properties, in declaration order. */
  public List<PropertyModel> ids() {
    return properties.stream().filter(PropertyModel::id).toList();
  }

  /** The single id, when there is exactly one. */
  public Optional<PropertyModel> singleId() {
    List<PropertyModel> ids = ids();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The property mapped to {@code column}, if any. */
  public Optional<PropertyModel> property(String column) {
    return properties.stream().filter(p -> p.column().equals(column)).findFirst();
  }
}
