package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table or column was renamed, so that {@code db migrate} writes a rename that keeps the data
 * rather than a drop and an add that lose it. On an entity it names the table's former name; on a
 * component or field, the column's former name.
 *
 * <pre>{@code
 * @Entity(table = "pupils")
 * @RenamedFrom("students")
 * public record Pupil(@Id @GeneratedValue Long id, @RenamedFrom("name") String fullName) {}
 * }</pre>
 *
 * The hint may stay on the model after the migration is written: once the former name is gone from the
 * newest migration's snapshot, it no longer applies. {@code db migrate} refuses to guess: when a column
 * disappears and another of the same type appears in the same table without this hint, it stops and asks
 * for one (or for {@code --drop-and-add} when the data really is to go).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface RenamedFrom {
  /** The former table or column name, as it is in the database. */
  String value();
}
