package dev.dovetail.processor.validation;

import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** How messages name things: simple names, as the user wrote them, so that a message reads like the source. */
final class Names {
  private Names() {}

  /** {@code java.util.List<java.lang.String>} → {@code List<String>}; {@code com.x.Outer.Inner} → {@code Inner}. */
  static String simple(String qualified) {
    if (qualified == null) {
      return "?";
    }
    StringBuilder out = new StringBuilder(qualified.length());
    int start = 0;
    for (int i = 0; i <= qualified.length(); i++) {
      boolean end = i == qualified.length();
      char c = end ? ' ' : qualified.charAt(i);
      if (end || !(Character.isJavaIdentifierPart(c) || c == '.')) {
        String word = qualified.substring(start, i);
        out.append(word.substring(word.lastIndexOf('.') + 1));
        if (!end) {
          out.append(c);
        }
        start = i + 1;
      }
    }
    // javac prints Map<String,Integer>; messages read like source, Map<String, Integer>.
    return out.toString().replace(",", ", ").replace(",  ", ", ");
  }

  /** {@code Student.name}. */
  static String of(EntityModel entity, PropertyModel property) {
    return entity.simpleName() + "." + property.name();
  }

  /** The database as messages name it. */
  static String of(DatabaseModel database) {
    return database.simpleName();
  }

  /**
   * The entity of that qualified name in the database, if listed. Unlike {@link DatabaseModel#entity}, it
   * tolerates a model with missing names: a validator must not fail whatever the reader recorded.
   */
  static Optional<EntityModel> entity(DatabaseModel database, String qualifiedName) {
    if (qualifiedName == null) {
      return Optional.empty();
    }
    return database.entities().stream().filter(e -> Objects.equals(e.qualifiedName(), qualifiedName)).findFirst();
  }

  /** The key a table or column name is compared by: MariaDB and MySQL on some systems ignore case. */
  static String key(String sqlName) {
    return sqlName == null ? "" : sqlName.toLowerCase(Locale.ROOT);
  }
}
