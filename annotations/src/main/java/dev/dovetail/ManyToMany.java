package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a many-to-many relationship from the annotated (owning) entity to {@link #target()} through an
 * association table, SQLAlchemy's {@code relationship(target, secondary=joinTable, backref=...)}.
 *
 * <pre>{@code
 * @Entity(table = "users")
 * @ManyToMany(name = "followed", target = User.class, joinTable = "follows",
 *             joinColumn = "follower_id", inverseJoinColumn = "followed_id", backref = "followers")
 * public record User(@Id @GeneratedValue Long id, String username) {}
 * }</pre>
 *
 * <p>Without {@link #through()}, the processor creates the join table: a composite primary key of the two
 * columns, a foreign key {@code ON DELETE CASCADE} on each and an index on the inverse column. With
 * {@code through}, the join table is that association entity's own table, and the two columns are two of its
 * {@link ManyToOne} columns; its rows stay reachable through the one-to-many backrefs of those columns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ManyToMany.List.class)
public @interface ManyToMany {
  /** Name of the handle on the owner's DAO ({@code StudentDao.classes(student)}). */
  String name();

  /** The entity on the other end. May be the owner itself. */
  Class<?> target();

  /** The association table; required unless {@link #through()} is given. */
  String joinTable() default "";

  /** Column of the join table referring to the owner; empty means {@code <owner table>_id} (singular). */
  String joinColumn() default "";

  /** Column of the join table referring to the target; empty means {@code <target table>_id} (singular). */
  String inverseJoinColumn() default "";

  /** Name of the handle generated on the target's DAO for the reverse direction; empty means none. */
  String backref() default "";

  /** An association entity whose table is the join table; {@code void.class} means a plain join table. */
  Class<?> through() default void.class;

  /**
   * The order of the targets, SQLAlchemy's {@code relationship(order_by=...)}: properties (or column names) of
   * the target, each with an optional {@code ASC} or {@code DESC}, {@code {"name", "id DESC"}}. Used by the
   * handle's {@code all()}, {@code first()}, paging and the batch loader; a call's {@code orderBy(...)} replaces
   * it. Empty means no declared order.
   */
  String[] orderBy() default {};

  /** The order of the backref's entities (the owners, seen from the target), like {@link #orderBy()}. */
  String[] backrefOrderBy() default {};

  /** Holds repeated {@link ManyToMany} declarations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The declarations. */
    ManyToMany[] value();
  }
}
