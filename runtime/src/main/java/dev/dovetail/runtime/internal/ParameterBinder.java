package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds the parameters of a declared statement, each by the type of the method parameter it comes from;
 * written out by the processor for each {@code @Query} and {@code @Update} method.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 */
@FunctionalInterface
public interface ParameterBinder {
  /** Binds nothing: a statement without parameters. */
  ParameterBinder NONE = (ps, dialect) -> {};

  /** Binds every parameter of {@code ps}, in {@code dialect}'s way for each type. */
  void bind(PreparedStatement ps, Dialect dialect) throws SQLException;
}
