package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one row of a declared query into its result: a record built from the columns its components name,
 * or a single value; written out by the processor for each {@code @Query} method.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface RowReader<R> {
  /**
   * Reads the current row.
   *
   * @param rs the result, on the row to read
   * @param at the JDBC index of each column the result needs, found by label once per statement
   * @param dialect how each column type is read
   */
  R read(ResultSet rs, int[] at, Dialect dialect) throws SQLException;
}
