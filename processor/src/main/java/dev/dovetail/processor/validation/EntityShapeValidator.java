package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import javax.lang.model.element.ElementKind;

/**
 * An entity must be a concrete, non-generic, top-level or static class or a record: the generated DAO builds
 * its rows with {@code new}. Reports each shape problem the reader recorded ({@link EntityModel#problems()}).
 */
final class EntityShapeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (EntityModel.Shape shape : entity.problems()) {
        switch (shape) {
          case ABSTRACT -> reporter.error(onType(entity), Diagnostic.ABSTRACT_ENTITY, entity.simpleName());
          case GENERIC -> reporter.error(onType(entity), Diagnostic.GENERIC_ENTITY, entity.simpleName());
          case INNER -> reporter.error(onType(entity), Diagnostic.INNER_ENTITY, entity.simpleName());
          case NOT_A_CLASS -> reporter.error(entity.origin(), Diagnostic.ENTITY_NOT_A_CLASS, entity.simpleName(),
              kind(entity));
        }
      }
    }
  }

  /** On the type's declaration rather than on {@code @Entity}: the fault is in how the type is declared. */
  private static Origin onType(EntityModel entity) {
    Origin origin = entity.origin();
    return origin == null || origin.element() == null ? origin : Origin.of(origin.element());
  }

  private static String kind(EntityModel entity) {
    ElementKind kind = entity.origin() == null || entity.origin().element() == null
        ? null : entity.origin().element().getKind();
    if (kind == ElementKind.INTERFACE) {
      return "an interface";
    }
    if (kind == ElementKind.ENUM) {
      return "an enum";
    }
    if (kind == ElementKind.ANNOTATION_TYPE) {
      return "an annotation type";
    }
    return "not a class";
  }
}
