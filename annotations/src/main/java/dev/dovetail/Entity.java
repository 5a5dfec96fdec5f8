package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or a class as a table. The processor writes a DAO for it ({@code StudentDao} for
 * {@code Student}) once the entity is listed in a {@link Database}.
 *
 * <p>A record maps its components; a class maps its non-static, non-transient fields, read through
 * accessors ({@code name()} or {@code getName()}) or directly when public, and is built through a
 * constructor taking every mapped field in declaration order. Columns are named in snake_case from the
 * component or field name unless {@link Column#name()} says otherwise.
 *
 * <pre>{@code
 * @Entity(table = "students")
 * public record Student(@Id @GeneratedValue Long id, String name) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /** The table name; empty means the snake_case form of the simple class name ({@code BlogPost} → {@code blog_post}). */
  String table() default "";
}
