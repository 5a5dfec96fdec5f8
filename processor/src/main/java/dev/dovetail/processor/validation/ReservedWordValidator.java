package dev.dovetail.processor.validation;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.util.List;

/**
 * Warns about table and column names that are reserved words in some dialect ({@code order}, {@code user}).
 * Generated SQL quotes them, so they work; but SQL the user writes (filters, ordering) must quote them too,
 * which is easy to forget and fails only on the database that reserves the word. A deliberate name is
 * acknowledged with {@code @SuppressWarnings("DV307")} on the member or the entity.
 */
final class ReservedWordValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      check(reporter, "table", entity.table(), entity.simpleName(), Origins.attribute(entity.origin(), "table"));
      for (PropertyModel property : entity.properties()) {
        check(reporter, "column", property.column(), Names.of(entity, property),
            Origins.annotationAttribute(property.origin(), Origins.COLUMN, "name"));
      }
      for (ManyToManyModel manyToMany : entity.manyToMany()) {
        // The columns of an association entity's table are checked as that entity's.
        if (manyToMany.through() == null) {
          String site = "@ManyToMany \"" + manyToMany.name() + "\" on " + entity.simpleName();
          Origin origin = manyToMany.origin();
          check(reporter, "join table", manyToMany.joinTable(), site, Origins.attribute(origin, "joinTable"));
          check(reporter, "join column", manyToMany.joinColumn(), site, Origins.attribute(origin, "joinColumn"));
          check(reporter, "join column", manyToMany.inverseJoinColumn(), site,
              Origins.attribute(origin, "inverseJoinColumn"));
        }
      }
    }
  }

  private static void check(Reporter reporter, String what, String name, String owner, Origin origin) {
    if (name == null || name.isEmpty()) {
      return;
    }
    List<String> dialects = Dialect.all().stream().filter(d -> d.isReserved(name)).map(Dialect::name).toList();
    if (!dialects.isEmpty() && !Origins.suppressed(origin, Diagnostic.RESERVED_WORD.id())) {
      reporter.warning(origin, Diagnostic.RESERVED_WORD, what, name, owner, String.join(" and ", dialects), name);
    }
  }
}
