package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a component or field maps to its column. Without it a column takes the snake_case form of
 * the name, is nullable unless its Java type is primitive, takes the default size of its type, and has no
 * default.
 *
 * <p>A default is written into the table's DDL ({@code DEFAULT ...}) and into migrations: adding a
 * {@code NOT NULL} column with a default to a table fills every existing row with it. {@code insert} applies it
 * to a {@code null} value, and returns the row as stored; a relationship's {@code add} applies it to every
 * column of an association entity that the link does not fill.
 *
 * <pre>{@code
 * public record Follow(
 *     @Id @ManyToOne(target = User.class) Long followerId,
 *     @Id @ManyToOne(target = User.class) Long followedId,
 *     @Column(nullable = false, defaultNow = true) Instant since,
 *     @Column(defaultValue = "true") Boolean notify) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** {@link #length()} value asking for an unbounded text column ({@code TEXT}, {@code CLOB}). */
  int UNBOUNDED = -1;

  /** {@link #defaultValue()}'s own default: the column has no literal default. */
  String NO_DEFAULT = "[no default]";

  /** The column name; empty means the snake_case form of the component or field name. */
  String name() default "";

  /** Whether the column accepts {@code NULL}. Ignored for primitives and ids, which never do. */
  boolean nullable() default true;

  /** Whether the column carries a unique constraint of its own. */
  boolean unique() default false;

  /** Maximum length of a {@code String} or enum column; 0 means the default (255 for text, 64 for enums). */
  int length() default 0;

  /** Total digits of a {@code BigDecimal} column; 0 means the default, 38. */
  int precision() default 0;

  /** Digits after the point of a {@code BigDecimal} column; -1 means the default, 10. */
  int scale() default -1;

  /** Whether the column is indexed (a non-unique index named {@code ix_<table>_<column>}). */
  boolean index() default false;

  /**
   * The column's default, written as a value of its Java type: {@code "0"}, {@code "12.50"}, {@code "true"},
   * an enum constant's name, any text, a UUID, an ISO date ({@code "2024-02-29"}), date-time
   * ({@code "2024-02-29T10:15:30"}) or point in time ({@code "2024-02-29T10:15:30Z"}). Checked at compile time
   * against the column's type and size. A {@code null} value of the column is never written: {@code insert}
   * writes the default in its place (a nullable column can still be set to {@code NULL} by {@code update}).
   * Not for an {@code @Id}, nor a {@code byte[]}.
   */
  String defaultValue() default NO_DEFAULT;

  /**
   * Whether the column defaults to the current point in time, by the database's clock when the row is written
   * ({@code CURRENT_TIMESTAMP}); for {@code Instant} and {@code OffsetDateTime} columns. A {@code null} value of
   * the column is never written: {@code insert} lets the database fill it in, and returns what it stored.
   */
  boolean defaultNow() default false;
}
