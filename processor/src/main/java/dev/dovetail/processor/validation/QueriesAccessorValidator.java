package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.JavaNames;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.util.HashMap;
import java.util.Map;

/**
 * Each {@code @Queries} type gets an accessor on the generated database named after it ({@code Reports} →
 * {@code reports()}), beside the entities' DAO accessors and the methods every generated database has. A
 * clash can only be resolved by renaming the type.
 */
final class QueriesAccessorValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    String generated = GeneratedNames.database(String.valueOf(database.simpleName()));
    Map<String, String> taken = new HashMap<>();
    DatabaseAccessorValidator.DATABASE_METHODS.forEach(m -> taken.put(m, "every generated database"));
    for (EntityModel entity : database.entities()) {
      if (entity.simpleName() != null && !entity.simpleName().isEmpty()) {
        taken.putIfAbsent(JavaNames.daoAccessor(entity.simpleName()), "the DAO accessor of entity "
            + entity.simpleName());
      }
    }
    for (QueriesModel queries : database.queries()) {
      String simple = queries.simpleName();
      if (simple == null || simple.isEmpty()) {
        continue;
      }
      String accessor = JavaNames.queriesAccessor(simple);
      String holder = taken.putIfAbsent(accessor, "@Queries type " + queries.qualifiedName());
      // The same type listed twice is reported as such.
      if (holder != null && !holder.equals("@Queries type " + queries.qualifiedName())) {
        reporter.error(Origins.listed(database.origin(), "queries", queries.qualifiedName()),
            Diagnostic.QUERIES_ACCESSOR_CLASH, Names.simple(queries.qualifiedName()), accessor, generated, holder,
            simple);
      }
    }
  }
}
