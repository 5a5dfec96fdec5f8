package dev.dovetail.processor.validation;

import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.Optional;

/** What the rules about declared queries share: where to report, and which methods can be judged further. */
final class QueryRules {
  private QueryRules() {}

  /** The method itself, without its annotation: where a fault of its signature is reported. */
  static Origin element(Origin origin) {
    return origin == null ? null : Origin.of(origin.element());
  }

  /** The SQL text of the method's annotation: where a fault of its statement is reported. */
  static Origin sql(Origin origin) {
    return Origins.attribute(origin, "value");
  }

  /** Whether the method has exactly one of the two annotations, and so a statement to judge. */
  static boolean annotated(QueryMethodModel method) {
    return method.kind() == QueryMethodModel.Kind.QUERY || method.kind() == QueryMethodModel.Kind.UPDATE;
  }

  /** The entity of the database a row type names, if it is one of its entities. */
  static Optional<EntityModel> entity(DatabaseModel database, String qualifiedName) {
    return Names.entity(database, qualifiedName);
  }

  /** The value types a parameter or a single-value result may have, as messages list them. */
  static String valueTypes() {
    return ValueKind.supportedTypes();
  }
}
