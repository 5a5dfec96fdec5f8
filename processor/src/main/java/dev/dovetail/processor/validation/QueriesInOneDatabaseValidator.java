package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.QueriesModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code @Queries} type's implementation ({@code ReportsImpl}) is generated once, for one schema, so the
 * type is listed once in one database. Spans databases like {@link EntityInOneDatabaseValidator}: the
 * processor holds one instance for the whole compilation.
 */
final class QueriesInOneDatabaseValidator implements Validator {
  /** Queries type → the qualified name of its first database. */
  private final Map<String, String> firstDatabase = new HashMap<>();

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    String qualified = database.packageName() == null || database.packageName().isEmpty()
        ? database.simpleName() : database.packageName() + "." + database.simpleName();
    Map<String, Integer> seen = new HashMap<>();
    for (QueriesModel queries : database.queries()) {
      String name = queries.qualifiedName();
      if (name == null) {
        continue;
      }
      int occurrence = seen.merge(name, 1, Integer::sum) - 1;
      String first = firstDatabase.putIfAbsent(name, qualified);
      if (occurrence > 0) {
        reporter.error(Origins.listed(database.origin(), "queries", name, occurrence),
            Diagnostic.QUERIES_LISTED_TWICE, Names.simple(name), Names.of(database), "again in the same list");
      } else if (first != null && !Objects.equals(first, qualified)) {
        reporter.error(Origins.listed(database.origin(), "queries", name), Diagnostic.QUERIES_LISTED_TWICE,
            Names.simple(name), Names.of(database), "in @Database " + Names.simple(first));
      }
    }
  }
}
