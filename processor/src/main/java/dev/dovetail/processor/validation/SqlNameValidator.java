package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.schema.SchemaNames;
import java.util.Optional;

/**
 * Every table and column name the user writes must be an SQL identifier: letters (of any script of Unicode's
 * Basic Multilingual Plane), digits and
 * underscores, not starting with a digit. Such a name works quoted on every target, reads the same in the
 * filters a user writes, and is safe wherever the generated code names it; anything else ({@code "a b"},
 * {@code "users; drop table x"}, {@code "*}{@code /"}) is a mistake, not a name. An empty name is written, not
 * defaulted: {@code @Entity(table = "")} is reported rather than silently given the default.
 */
final class SqlNameValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      check(entity.origin(), "table", "table", "entity " + entity.simpleName(),
          SchemaNames.snakeCase(String.valueOf(entity.simpleName())), reporter);
      for (PropertyModel property : entity.properties()) {
        Origin column = Origins.annotation(property.origin(), Origins.COLUMN);
        if (column != property.origin()) {
          check(column, "name", "column", Names.of(entity, property), SchemaNames.snakeCase(property.name()),
              reporter);
        }
      }
      for (ManyToManyModel manyToMany : entity.manyToMany()) {
        String site = "@ManyToMany \"" + manyToMany.name() + "\" on " + entity.simpleName();
        check(manyToMany.origin(), "joinTable", "joinTable", site, "join_table", reporter);
        check(manyToMany.origin(), "joinColumn", "joinColumn", site, "join_column", reporter);
        check(manyToMany.origin(), "inverseJoinColumn", "inverseJoinColumn", site, "inverse_join_column", reporter);
      }
    }
  }

  private static void check(Origin origin, String attribute, String what, String owner, String fallback,
      Reporter reporter) {
    Optional<String> written = Origins.writtenString(origin, attribute);
    if (written.isEmpty() || isIdentifier(written.get())) {
      return;
    }
    String name = written.get();
    reporter.error(Origins.attribute(origin, attribute), Diagnostic.NAME_NOT_SQL_IDENTIFIER, what, name, owner,
        suggestion(name, fallback));
  }

  /** Whether {@code name} is letters, digits and underscores, not starting with a digit. */
  static boolean isIdentifier(String name) {
    if (name.isEmpty() || Character.isDigit(name.codePointAt(0))) {
      return false;
    }
    // MariaDB takes identifiers of the Basic Multilingual Plane only.
    return name.codePoints().allMatch(SqlNameValidator::allowed);
  }

  private static boolean allowed(int c) {
    return c == '_' || (c <= 0xFFFF && Character.isLetterOrDigit(c));
  }

  private static String suggestion(String name, String fallback) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : '_'));
    String cleaned = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    if (cleaned.isEmpty()) {
      return fallback;
    }
    return Character.isDigit(cleaned.codePointAt(0)) ? "_" + cleaned : cleaned;
  }
}
