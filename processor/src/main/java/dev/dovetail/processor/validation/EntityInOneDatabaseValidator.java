package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An entity belongs to one database: it has one DAO, generated once, and one table in one schema. This rule
 * spans databases, so it keeps the first database of each entity for the whole compilation; the processor
 * holds one instance across rounds. Reported on the second database's listing of the entity.
 */
final class EntityInOneDatabaseValidator implements Validator {
  /** Entity qualified name → its first database. */
  private final Map<String, First> firstDatabase = new HashMap<>();

  /** The database that listed an entity first. */
  private record First(String qualifiedName, String simpleName) {}

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    String qualified = database.packageName() == null || database.packageName().isEmpty()
        ? database.simpleName() : database.packageName() + "." + database.simpleName();
    for (EntityModel entity : database.entities()) {
      if (entity.qualifiedName() == null) {
        continue;
      }
      First first = firstDatabase.putIfAbsent(entity.qualifiedName(), new First(qualified, Names.of(database)));
      // The same database seen again (a later round) is not a second database.
      if (first != null && !Objects.equals(first.qualifiedName(), qualified)) {
        reporter.error(Origins.listed(database.origin(), "entities", entity.qualifiedName()),
            Diagnostic.ENTITY_IN_TWO_DATABASES, entity.simpleName(), Names.of(database), first.simpleName(),
            entity.simpleName(), Names.of(database));
      }
    }
  }
}
