package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.schema.SchemaNames;
import java.util.Optional;

/**
 * A many-to-many without an association entity needs the name of the table Dovetail creates for it; there
 * is no default, because a guessed name would end up in the user's schema and migrations. With one, the join
 * table is that entity's, so a different {@code joinTable} would be silently ignored: it is an error.
 */
final class JoinTableValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (ManyToManyModel manyToMany : entity.manyToMany()) {
        if (manyToMany.through() == null && (manyToMany.joinTable() == null || manyToMany.joinTable().isBlank())) {
          String suggestion = entity.table() + "_" + SchemaNames.snakeCase(String.valueOf(manyToMany.name()));
          reporter.error(manyToMany.origin(), Diagnostic.MISSING_JOIN_TABLE, manyToMany.name(),
              entity.simpleName(), suggestion);
        }
        Optional<EntityModel> through = Names.entity(database, manyToMany.through());
        Optional<String> written = Origins.writtenString(manyToMany.origin(), "joinTable").filter(t -> !t.isEmpty());
        if (through.isPresent() && written.isPresent()
            && !Names.key(written.get()).equals(Names.key(through.get().table()))) {
          reporter.error(Origins.attribute(manyToMany.origin(), "joinTable"), Diagnostic.JOIN_TABLE_WITH_THROUGH,
              manyToMany.name(), entity.simpleName(), written.get(), through.get().simpleName(),
              through.get().table());
        }
      }
    }
  }
}
