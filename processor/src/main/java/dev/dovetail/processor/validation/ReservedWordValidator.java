package dev.dovetail.processor.validation;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<Dialect> dialects = Dialect.all().stream().filter(d -> d.isReserved(name)).toList();
    if (!dialects.isEmpty() && !Origins.suppressed(origin, Diagnostic.RESERVED_WORD.id())) {
      reporter.warning(origin, Diagnostic.RESERVED_WORD, what, name, owner, names(dialects), quotedForms(dialects, name));
    }
  }

  /** {@code h2, postgresql and mariadb}. */
  static String names(List<Dialect> dialects) {
    List<String> names = dialects.stream().map(Dialect::name).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** How each dialect quotes the name: {@code "order" on h2, postgresql and sqlite; `order` on mariadb}. */
  static String quotedForms(List<Dialect> dialects, String name) {
    Map<String, List<Dialect>> byForm = new LinkedHashMap<>();
    dialects.forEach(d -> byForm.computeIfAbsent(d.quote(name), k -> new ArrayList<>()).add(d));
    if (byForm.size() == 1) {
      return byForm.keySet().iterator().next();
    }
    List<String> forms = new ArrayList<>();
    byForm.forEach((form, on) -> forms.add(form + " on " + names(on)));
    return String.join("; ", forms);
  }
}
