package dev.dovetail.runtime.internal;

/**
 * One direction of a many-to-many relationship through a join table, as the processor declared it.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 *
 * @param name the relationship as users see it, {@code Student.classes}, for messages
 * @param joinTable the association table
 * @param ownerColumn the join table's column referring to the owner's id
 * @param targetColumn the join table's column referring to the target's id
 * @param owner the owning entity's mapping
 * @param target the target entity's mapping
 * @param linkRequires empty when {@code add} can insert a link of just the two ids; otherwise the
 *     association entity's required columns that {@code add} cannot fill, for the message
 * @param order the declared order of this direction's targets, columns of the target's table each with an
 *     optional {@code DESC}, comma-separated ({@code "name, id DESC"}), or empty for none
 * @param inverseOrder the declared order of the other direction ({@code backrefOrderBy}), likewise
 * @param <O> the owner type
 * @param <T> the target type
 */
public record ManyToManySpec<O, T>(
    String name,
    String joinTable,
    String ownerColumn,
    String targetColumn,
    EntityMapping<O> owner,
    EntityMapping<T> target,
    String linkRequires,
    String order,
    String inverseOrder) {

  /** A relationship that declares no order in either direction. */
  public ManyToManySpec(String name, String joinTable, String ownerColumn, String targetColumn,
      EntityMapping<O> owner, EntityMapping<T> target, String linkRequires) {
    this(name, joinTable, ownerColumn, targetColumn, owner, target, linkRequires, "", "");
  }

  /** The same relationship seen from the target, named {@code name} ({@code Course.students}). */
  public ManyToManySpec<T, O> inverse(String inverseName) {
    return new ManyToManySpec<>(inverseName, joinTable, targetColumn, ownerColumn, target, owner, linkRequires,
        inverseOrder, order);
  }
}
