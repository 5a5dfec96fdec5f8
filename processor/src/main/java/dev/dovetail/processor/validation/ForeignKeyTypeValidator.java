package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code @ManyToOne} column holds the target's id, so it must have the id's type (boxed or not), and the
 * target must have a single id: a foreign key here is one column.
 */
final class ForeignKeyTypeValidator implements Validator {
  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    for (EntityModel entity : database.entities()) {
      for (PropertyModel property : entity.properties()) {
        if (property.manyToOne() == null) {
          continue;
        }
        Optional<EntityModel> target = Names.entity(database, property.manyToOne().target());
        // An unknown target, or one without an id, is reported by the rules about those.
        if (target.isEmpty() || target.get().ids().isEmpty()) {
          continue;
        }
        if (target.get().ids().size() > 1) {
          String columns = target.get().ids().stream().map(PropertyModel::name).collect(Collectors.joining(", "));
          reporter.error(Origins.attribute(property.manyToOne().origin(), "target"),
              Diagnostic.FOREIGN_KEY_TO_COMPOSITE_ID, entity.simpleName(), property.name(),
              target.get().simpleName(), columns, target.get().simpleName());
          continue;
        }
        PropertyModel id = target.get().ids().get(0);
        if (property.kind() != id.kind() && known(property.kind()) && known(id.kind())) {
          reporter.error(property.origin(), Diagnostic.FOREIGN_KEY_TYPE_MISMATCH, entity.simpleName(),
              property.name(), Names.simple(property.javaType()), target.get().simpleName(), id.name(),
              Names.simple(id.javaType()), boxed(Names.simple(id.javaType())));
        }
      }
    }
  }

  private static boolean known(ValueKind kind) {
    return kind != null && kind != ValueKind.UNSUPPORTED;
  }

  /** The boxed form, which is right for a foreign key whether or not it may be null. */
  private static String boxed(String type) {
    return switch (type) {
      case "long" -> "Long";
      case "int" -> "Integer";
      case "short" -> "Short";
      default -> type;
    };
  }
}
