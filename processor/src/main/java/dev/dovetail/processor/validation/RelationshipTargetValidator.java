package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.ManyToOneModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;

/**
 * Every type a relationship names ({@code @ManyToOne} target, {@code @ManyToMany} target and through) must be
 * an entity of the same database: its table is created, and its DAO generated, with that database's schema.
 */
final class RelationshipTargetValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        ManyToOneModel manyToOne = property.manyToOne();
        if (manyToOne != null) {
          check(database, reporter, manyToOne.target(), manyToOne.origin(), "target", "@ManyToOne target",
              Names.of(entity, property));
        }
      }
      for (ManyToManyModel manyToMany : entity.manyToMany()) {
        String site = entity.simpleName() + "." + manyToMany.name();
        check(database, reporter, manyToMany.target(), manyToMany.origin(), "target", "@ManyToMany target", site);
        if (manyToMany.through() != null) {
          check(database, reporter, manyToMany.through(), manyToMany.origin(), "through", "@ManyToMany through",
              site);
        }
      }
    }
  }

  private static void check(DatabaseModel database, Reporter reporter, String type, Origin origin, String attribute,
      String what, String site) {
    if (type == null || Names.entity(database, type).isPresent()) {
      return;
    }
    Origin at = Origins.attribute(origin, attribute);
    String simple = Names.simple(type);
    // Listed types that are no entity are known for certain; otherwise ask the annotation's class literal.
    boolean entity = !database.notEntities().contains(type) && Origins.namesEntity(origin, attribute).orElse(true);
    if (entity) {
      reporter.error(at, Diagnostic.TARGET_NOT_IN_DATABASE, what, site, simple, Names.of(database), simple,
          Names.of(database));
    } else {
      reporter.error(at, Diagnostic.TARGET_NOT_ENTITY, what, site, simple, simple, Names.of(database));
    }
  }
}
