package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a component or field maps to its column. Without it a column takes the snake_case form of
 * the name, is nullable unless its Java type is primitive, and takes the default size of its type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** {@link #length()} value asking for an unbounded text column ({@code TEXT}, {@code CLOB}). */
  int UNBOUNDED = -1;

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
}
