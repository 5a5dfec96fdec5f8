package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code SELECT} on a method of a {@link Queries} type. Parameters are named ({@code :userId}) after the
 * method's parameters and always bound, never written into the SQL. A parameter may appear several times.
 *
 * <p>The method returns, for rows mapped to {@code T}:
 *
 * <ul>
 *   <li>{@code List<T>}; {@code Optional<T>} (no row: empty; more than one: an exception); {@code T} itself
 *       (exactly one row, else an exception naming the method);
 *   <li>{@code Stream<T>}, read as it is consumed: it holds a connection until it is closed, so close it,
 *       with try-with-resources: {@code try (Stream<Post> posts = db.timeline().all()) { ... }};
 *   <li>where {@code T} is an entity of the database (the selected columns are exactly its columns, in any
 *       order), a record whose components are named like the selected columns ({@code author_name} →
 *       {@code authorName}), or a single value ({@code long}, {@code String}, ... from a one-column result).
 * </ul>
 *
 * <p>The statement is prepared against the schema when the code compiles (in H2, in the compatibility mode
 * of {@link Database#target()}). Set {@link #checked()} to {@code false} for SQL that only the production
 * database understands.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL, with {@code :name} parameters. */
  String value();

  /**
   * Whether the processor prepares the statement against the schema at compile time. With {@code false},
   * only the parameters are checked, and a result column missing for the return type fails when the
   * method runs.
   */
  boolean checked() default true;
}
