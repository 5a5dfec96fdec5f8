package dev.dovetail.runtime;

import java.sql.SQLException;

/**
 * A function that may throw {@link SQLException}; what the runtime runs on a connection.
 *
 * @param <A> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface SqlFunction<A, R> {
  /** Applies the function. */
  R apply(A argument) throws SQLException;
}
