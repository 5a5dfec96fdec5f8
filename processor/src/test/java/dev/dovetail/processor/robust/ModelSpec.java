package dev.dovetail.processor.robust;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated model, as mutable plain data: the generator builds it, a mutation edits it, {@link ModelSource}
 * renders it to Java. Kept apart from the rendering so that a mutation changes one fact, not text.
 */
final class ModelSpec {
  final String packageName;
  String database;
  /** The class the {@code @Database} interface is nested in, or null for a top-level interface. */
  String databaseHolder;
  final List<EntitySpec> entities = new ArrayList<>();
  /** Extra top-level classes of the package ({@code "final class Long {}"}), by simple name. */
  final List<String> userClasses = new ArrayList<>();

  ModelSpec(String packageName) {
    this.packageName = packageName;
  }

  /** One entity. */
  static final class EntitySpec {
    String name;
    /** The class it is nested in, or null. */
    String holder;
    boolean record;
    /** {@code @Entity(table = ...)}, or null for the default. */
    String table;
    boolean listed = true;
    boolean suppressReserved;
    final List<PropertySpec> properties = new ArrayList<>();
    final List<ManyToManySpec> manyToMany = new ArrayList<>();
    /** Enum types declared inside the entity, by simple name. */
    final List<String> enums = new ArrayList<>();

    /** How other sources of the package refer to it: {@code Holder.Name} or {@code Name}. */
    String ref() {
      return holder == null ? name : holder + "." + name;
    }
  }

  /** One record component or field. */
  static final class PropertySpec {
    String name;
    /** The Java type as written. */
    String type;
    boolean id;
    boolean generated;
    /** {@code @Column} attributes, each null or 0 when not written. */
    String column;
    Boolean nullable;
    boolean unique;
    boolean index;
    int length;
    int precision;
    int scale = -1;
    /** {@code @ManyToOne(target = ...)} as the target's {@link EntitySpec#ref()}, or null. */
    String manyToOne;
    String manyToOneName;
    String backref;
    String onDelete;

    PropertySpec(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }

  /** One {@code @ManyToMany}. */
  static final class ManyToManySpec {
    String name;
    String target;
    String joinTable;
    String joinColumn;
    String inverseJoinColumn;
    String backref;
    String through;
  }
}
