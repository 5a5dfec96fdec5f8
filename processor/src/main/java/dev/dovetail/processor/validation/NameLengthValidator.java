package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.nio.charset.StandardCharsets;

/**
 * Every table and column name, written or derived, must fit the strictest target: PostgreSQL keeps the first
 * 63 bytes of a name (so two long names can silently become one) and MariaDB refuses more than 64 characters.
 * Bytes of UTF-8 are counted, since that is PostgreSQL's measure.
 */
final class NameLengthValidator implements Validator {
  static final int MAX_BYTES = 63;

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      check(entity.table(), "table", "entity " + entity.simpleName(), Origins.attribute(entity.origin(), "table"),
          "name it with @Entity(table = \"...\")", reporter);
      for (PropertyModel property : entity.properties()) {
        check(property.column(), "column", Names.of(entity, property),
            Origins.annotationAttribute(property.origin(), Origins.COLUMN, "name"),
            "name it with @Column(name = \"...\")", reporter);
      }
      for (ManyToManyModel m : entity.manyToMany()) {
        String site = "@ManyToMany \"" + m.name() + "\" on " + entity.simpleName();
        if (m.through() == null) {
          check(m.joinTable(), "joinTable", site, Origins.attribute(m.origin(), "joinTable"),
              "write a shorter joinTable", reporter);
        }
        check(m.joinColumn(), "joinColumn", site, Origins.attribute(m.origin(), "joinColumn"),
            "write a shorter joinColumn", reporter);
        check(m.inverseJoinColumn(), "inverseJoinColumn", site, Origins.attribute(m.origin(), "inverseJoinColumn"),
            "write a shorter inverseJoinColumn", reporter);
      }
    }
  }

  private static void check(String name, String what, String owner, Origin origin, String remedy,
      Reporter reporter) {
    if (name == null) {
      return;
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      reporter.error(origin, Diagnostic.NAME_TOO_LONG, what, name, owner, bytes,
          remedy + " of at most " + MAX_BYTES + " bytes");
    }
  }
}
