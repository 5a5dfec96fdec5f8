package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a foreign-key column referring to another entity's id. The column's Java type must be the
 * target's id type (boxed or not).
 *
 * <pre>{@code
 * public record Post(@Id @GeneratedValue Long id, String body,
 *                    @ManyToOne(target = User.class, backref = "posts") Long authorId) {}
 * }</pre>
 *
 * gives {@code PostDao.author(post)} (the name is the field's, less a trailing {@code Id}) and, on the
 * target, the one-to-many handle {@code UserDao.posts(user)} and its batch form {@code postsOf(users)}.
 * The column is indexed. With {@code orphanRemoval = true}, a post removed from {@code posts(user)} is deleted.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface ManyToOne {
  /** The referenced entity. */
  Class<?> target();

  /** Name of the navigation from this side; empty means the field name less a trailing {@code Id}. */
  String name() default "";

  /** Name of the one-to-many handle generated on the target's DAO; empty means none. */
  String backref() default "";

  /**
   * The order of the backref's entities (the referring rows, as the one-to-many handle and its batch loader
   * return them): properties (or column names) of this entity, each with an optional {@code ASC} or
   * {@code DESC}, {@code {"timestamp DESC"}}. A call's {@code orderBy(...)} replaces it. Empty means none.
   */
  String[] backrefOrderBy() default {};

  /** What deleting the referenced row does to this one. */
  OnDelete onDelete() default OnDelete.RESTRICT;

  /**
   * Whether a child detached from its parent through the {@link #backref()} handle is deleted rather than left
   * without one (SQLAlchemy's {@code cascade="all, delete-orphan"}): {@code remove(child)}, {@code clear()} and
   * {@code replaceWith(children)} then delete the children they detach, one statement each. Without it they set
   * the column to {@code NULL}, which a {@code NOT NULL} column refuses. Needs a {@code backref}.
   */
  boolean orphanRemoval() default false;
}
