package dev.dovetail.runtime.internal;

/**
 * A many-to-one foreign key and its one-to-many reverse: {@code Post.authorId} refers to {@code User}.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 *
 * @param name the many side's navigation, {@code Post.author}, for messages
 * @param backref the one side's handle, {@code User.posts}, for messages
 * @param child the referencing entity's mapping
 * @param column position of the foreign-key column in the child's table
 * @param parent the referenced entity's mapping (single-column id)
 * @param nullable whether the column accepts {@code NULL}, so that a child can be detached
 * @param orphanRemoval whether a child detached through the one-to-many handle is deleted
 * @param backrefOrder the declared order of the one side's children, columns of the child's table each with
 *     an optional {@code DESC}, comma-separated ({@code "email DESC, id"}), or empty for none
 * @param <C> the referencing (many) type
 * @param <P> the referenced (one) type
 */
public record ForeignKeySpec<C, P>(
    String name,
    String backref,
    EntityMapping<C> child,
    int column,
    EntityMapping<P> parent,
    boolean nullable,
    boolean orphanRemoval,
    String backrefOrder) {

  /** A foreign key without orphan removal whose one-to-many side declares no order. */
  public ForeignKeySpec(String name, String backref, EntityMapping<C> child, int column, EntityMapping<P> parent,
      boolean nullable) {
    this(name, backref, child, column, parent, nullable, false, "");
  }

  /** A foreign key whose one-to-many side declares no order. */
  public ForeignKeySpec(String name, String backref, EntityMapping<C> child, int column, EntityMapping<P> parent,
      boolean nullable, boolean orphanRemoval) {
    this(name, backref, child, column, parent, nullable, orphanRemoval, "");
  }
}
