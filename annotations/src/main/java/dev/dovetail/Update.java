package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code INSERT}, {@code UPDATE} or {@code DELETE} on a method of a {@link Queries} type, with
 * {@code :name} parameters bound from the method's parameters. The method returns {@code int} or
 * {@code long} (the number of rows changed), {@code boolean} (whether any row changed) or {@code void}. A
 * refused write throws a {@code ConstraintViolationException} naming the constraint's kind.
 *
 * <pre>{@code
 * @Update("UPDATE posts SET body = :body WHERE id = :id")
 * int edit(long id, String body);
 * }</pre>
 *
 * <p>Prepared against the schema at compile time like a {@link Query}, unless {@link #checked()} is false.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
  /** The SQL, with {@code :name} parameters. */
  String value();

  /** Whether the processor prepares the statement against the schema at compile time. */
  boolean checked() default true;
}
