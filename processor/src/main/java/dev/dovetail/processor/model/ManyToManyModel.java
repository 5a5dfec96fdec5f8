package dev.dovetail.processor.model;

import java.util.List;

/**
 * A {@code @ManyToMany} declared on an owning entity, with defaults applied.
 *
 * @param name the handle name on the owner's DAO ({@code classes})
 * @param target qualified name of the target type, as written (it may not be an entity)
 * @param joinTable the association table (the through entity's table when {@code through} is set)
 * @param joinColumn the join table's column referring to the owner
 * @param inverseJoinColumn the join table's column referring to the target
 * @param backref the handle name on the target's DAO, empty for none
 * @param through qualified name of the association entity, or null for a plain join table
 * @param origin the owning entity and this {@code @ManyToMany}
 * @param orderBy the declared order of the targets, as written ({@code "name DESC"}), empty for none
 * @param backrefOrderBy the declared order of the backref's owners, as written, empty for none
 */
public record ManyToManyModel(
    String name,
    String target,
    String joinTable,
    String joinColumn,
    String inverseJoinColumn,
    String backref,
    String through,
    Origin origin,
    List<String> orderBy,
    List<String> backrefOrderBy) {

  /** A relationship that declares no order. */
  public ManyToManyModel(String name, String target, String joinTable, String joinColumn, String inverseJoinColumn,
      String backref, String through, Origin origin) {
    this(name, target, joinTable, joinColumn, inverseJoinColumn, backref, through, origin, List.of(), List.of());
  }
}
