package dev.dovetail.processor.model;

import dev.dovetail.runtime.internal.GeneratedNames;
import javax.lang.model.SourceVersion;

/**
 * The Java names of generated methods that are derived from the user's type names. A derived name can be a
 * Java keyword ({@code Throw} → {@code throws}, {@code Class} → {@code class}), which no method may have; the
 * rule, documented in the README, is to append an underscore then ({@code throws_()}), as JavaPoet does for
 * parameters, so that any entity name a class may have gives a method name.
 */
public final class JavaNames {
  private JavaNames() {}

  /** {@code Student} → {@code students}; {@code Throw} → {@code throws_}: the DAO accessor on the database. */
  public static String daoAccessor(String entitySimpleName) {
    return legal(GeneratedNames.daoAccessor(entitySimpleName));
  }

  /** {@code Reports} → {@code reports}; {@code Class} → {@code class_}: the accessor of a {@code @Queries} type. */
  public static String queriesAccessor(String queriesSimpleName) {
    return legal(GeneratedNames.queriesAccessor(queriesSimpleName));
  }

  private static String legal(String name) {
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
