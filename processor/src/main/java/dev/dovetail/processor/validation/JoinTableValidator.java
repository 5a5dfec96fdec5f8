package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.schema.SchemaNames;

/**
 * A many-to-many without an association entity needs the name of the table Dovetail creates for it; there
 * is no default, because a guessed name would end up in the user's schema and migrations.
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
      }
    }
  }
}
