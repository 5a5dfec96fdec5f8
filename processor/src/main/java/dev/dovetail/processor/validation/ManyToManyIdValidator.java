package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A join table Dovetail creates has one column per side, each referring to a single id. Entities without
 * one need an association entity, whose columns the user declares.
 */
final class ManyToManyIdValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel manyToMany : owner.manyToMany()) {
        if (manyToMany.through() != null) {
          continue;
        }
        check(reporter, manyToMany, owner, owner, manyToMany.origin());
        Optional<EntityModel> target = Names.entity(database, manyToMany.target());
        if (target.isPresent() && target.get() != owner) {
          check(reporter, manyToMany, owner, target.get(), Origins.attribute(manyToMany.origin(), "target"));
        }
      }
    }
  }

  private static void check(Reporter reporter, ManyToManyModel manyToMany, EntityModel owner, EntityModel side,
      Origin origin) {
    int ids = side.ids().size();
    if (ids == 1) {
      return;
    }
    String problem = ids == 0 ? "has no @Id"
        : "has a composite id (" + side.ids().stream().map(PropertyModel::name).collect(Collectors.joining(", "))
            + ")";
    reporter.error(origin, Diagnostic.MANY_TO_MANY_WITHOUT_SINGLE_ID, manyToMany.name(), owner.simpleName(),
        side.simpleName(), problem);
  }
}
