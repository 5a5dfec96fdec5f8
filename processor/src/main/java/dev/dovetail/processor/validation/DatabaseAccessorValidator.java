package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.JavaNames;
import dev.dovetail.runtime.internal.GeneratedNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The generated {@code SchoolDb} has one accessor per entity, named from its simple name ({@code students()}),
 * beside the methods of {@code DovetailDatabase}. Two entities of one simple name (from two packages) would get
 * one accessor, and no annotation attribute renames it, so the class must be renamed.
 */
final class DatabaseAccessorValidator implements Validator {
  /** The methods every generated database has ({@code DovetailDatabase}'s, and the generated {@code create}). */
  static final List<String> DATABASE_METHODS = List.of("create", "schema", "withContext", "dialect", "jdbi",
      "createStatements", "createSchema", "dropSchema", "inTransaction", "useTransaction");

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    String generated = GeneratedNames.database(String.valueOf(database.simpleName()));
    Map<String, String> taken = new HashMap<>();
    DATABASE_METHODS.forEach(m -> taken.put(m, "every generated database"));
    Map<String, EntityModel> seen = new HashMap<>();
    for (EntityModel entity : database.entities()) {
      String simple = entity.simpleName();
      // An entity listed twice is reported as such.
      if (simple == null || simple.isEmpty() || seen.putIfAbsent(entity.qualifiedName(), entity) != null) {
        continue;
      }
      String accessor = JavaNames.daoAccessor(simple);
      String holder = taken.putIfAbsent(accessor, "entity " + entity.qualifiedName());
      if (holder != null && !Objects.equals(holder, "entity " + entity.qualifiedName())) {
        reporter.error(Origins.listed(database.origin(), "entities", entity.qualifiedName()),
            Diagnostic.DATABASE_ACCESSOR_CLASH, entity.qualifiedName(), accessor, generated, holder, simple);
      }
    }
  }
}
