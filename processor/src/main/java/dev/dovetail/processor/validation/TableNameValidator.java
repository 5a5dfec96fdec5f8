package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every table of a schema needs its own name: entity tables and the join tables Dovetail creates. A
 * many-to-many {@code through} an association entity uses that entity's table, so any number of them may
 * share it. Names are compared ignoring case, as MariaDB on some systems and unquoted SQL do.
 */
final class TableNameValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    Map<String, EntityModel> entityTables = new HashMap<>();
    for (EntityModel entity : database.entities()) {
      EntityModel first = entityTables.putIfAbsent(Names.key(entity.table()), entity);
      if (first != null && !Objects.equals(first.qualifiedName(), entity.qualifiedName())) {
        reporter.error(Origins.attribute(entity.origin(), "table"), Diagnostic.DUPLICATE_TABLE, entity.simpleName(),
            entity.table(), first.simpleName());
      }
    }
    Map<String, String> joinTables = new HashMap<>();
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel manyToMany : owner.manyToMany()) {
        String table = manyToMany.joinTable();
        if (manyToMany.through() != null || table == null || table.isBlank()) {
          continue;
        }
        String key = Names.key(table);
        String clash = entityTables.containsKey(key) ? "the table of entity " + entityTables.get(key).simpleName()
            : joinTables.get(key);
        if (clash != null) {
          reporter.error(Origins.attribute(manyToMany.origin(), "joinTable"), Diagnostic.JOIN_TABLE_CLASH, table,
              manyToMany.name(), owner.simpleName(), clash);
        } else {
          joinTables.put(key, "the join table of @ManyToMany \"" + manyToMany.name() + "\" on " + owner.simpleName());
        }
      }
    }
  }
}
