package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.util.Optional;

/**
 * With {@code through}, the join columns are the association entity's own: {@code joinColumn} must be its
 * {@code @ManyToOne} to the owner and {@code inverseJoinColumn} its {@code @ManyToOne} to the target, so
 * that the association rows and the many-to-many handle agree.
 */
final class ThroughColumnsValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel manyToMany : owner.manyToMany()) {
        if (manyToMany.through() == null) {
          continue;
        }
        Optional<EntityModel> through = Names.entity(database, manyToMany.through());
        // A through type outside the database is reported by the target rule.
        if (through.isPresent()) {
          check(reporter, owner, manyToMany, through.get(), "joinColumn", manyToMany.joinColumn(),
              owner.qualifiedName());
          check(reporter, owner, manyToMany, through.get(), "inverseJoinColumn", manyToMany.inverseJoinColumn(),
              manyToMany.target());
        }
      }
    }
  }

  private static void check(Reporter reporter, EntityModel owner, ManyToManyModel manyToMany, EntityModel through,
      String attribute, String column, String side) {
    if (column == null || side == null) {
      return;
    }
    Origin origin = Origins.explicit(manyToMany.origin(), attribute)
        ? Origins.attribute(manyToMany.origin(), attribute)
        : Origins.attribute(manyToMany.origin(), "through");
    Optional<PropertyModel> property = through.properties().stream()
        .filter(p -> Names.key(p.column()).equals(Names.key(column))).findFirst();
    String sideName = Names.simple(side);
    if (property.isEmpty()) {
      reporter.error(origin, Diagnostic.THROUGH_COLUMN_MISSING, through.simpleName(), column, attribute,
          manyToMany.name(), owner.simpleName(), attribute, sideName);
    } else if (property.get().manyToOne() == null || !side.equals(property.get().manyToOne().target())) {
      reporter.error(origin, Diagnostic.THROUGH_COLUMN_NOT_FOREIGN_KEY, column, through.simpleName(), attribute,
          manyToMany.name(), owner.simpleName(), sideName, through.simpleName(), property.get().name(), sideName,
          attribute);
    }
  }
}
