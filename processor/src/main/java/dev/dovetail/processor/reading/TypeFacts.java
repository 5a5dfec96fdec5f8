package dev.dovetail.processor.reading;

import dev.dovetail.processor.model.ValueKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** What the reader needs to know about Java types: their value kind, source name, and whether they resolve. */
final class TypeFacts {
  private static final Map<String, ValueKind> DECLARED = Map.ofEntries(
      Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
      Map.entry("java.lang.Byte", ValueKind.BYTE),
      Map.entry("java.lang.Short", ValueKind.SHORT),
      Map.entry("java.lang.Integer", ValueKind.INT),
      Map.entry("java.lang.Long", ValueKind.LONG),
      Map.entry("java.lang.Float", ValueKind.FLOAT),
      Map.entry("java.lang.Double", ValueKind.DOUBLE),
      Map.entry("java.lang.Character", ValueKind.CHAR),
      Map.entry("java.lang.String", ValueKind.STRING),
      Map.entry("java.math.BigDecimal", ValueKind.BIG_DECIMAL),
      Map.entry("java.util.UUID", ValueKind.UUID),
      Map.entry("java.time.Instant", ValueKind.INSTANT),
      Map.entry("java.time.LocalDate", ValueKind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", ValueKind.LOCAL_DATE_TIME),
      Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATE_TIME));

  private TypeFacts() {}

  /** The kind of value of a property of type {@code type}. */
  static ValueKind kindOf(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> ValueKind.BOOLEAN;
      case BYTE -> ValueKind.BYTE;
      case SHORT -> ValueKind.SHORT;
      case INT -> ValueKind.INT;
      case LONG -> ValueKind.LONG;
      case FLOAT -> ValueKind.FLOAT;
      case DOUBLE -> ValueKind.DOUBLE;
      case CHAR -> ValueKind.CHAR;
      case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
          ? ValueKind.BYTES : ValueKind.UNSUPPORTED;
      case DECLARED -> declaredKind((DeclaredType) type);
      default -> ValueKind.UNSUPPORTED;
    };
  }

  private static ValueKind declaredKind(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    if (!type.getTypeArguments().isEmpty()) {
      return ValueKind.UNSUPPORTED;
    }
    return DECLARED.getOrDefault(element.getQualifiedName().toString(), ValueKind.UNSUPPORTED);
  }

  /**
   * The type as source text without type annotations: {@code long}, {@code java.lang.Long}, {@code byte[]},
   * {@code com.example.Student.Level}; anything else as javac prints it.
   */
  static String sourceName(TypeMirror type) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return kind.name().toLowerCase(Locale.ROOT);
    }
    if (kind == TypeKind.ARRAY) {
      return sourceName(((ArrayType) type).getComponentType()) + "[]";
    }
    if (kind == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.toString();
  }

  /** The qualified name of a class literal's type as written; its source text when it is no declared type. */
  static String qualifiedName(TypeMirror type) {
    if (type != null && type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type == null ? "<error>" : sourceName(type);
  }

  /** The type element of a declared type, or null. */
  static TypeElement elementOf(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }

  /** Whether {@code type}, or a type it is built from (array component, type argument), is unresolved. */
  static boolean isUnresolved(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> isUnresolved(((ArrayType) type).getComponentType());
      case DECLARED -> anyUnresolved(((DeclaredType) type).getTypeArguments());
      case WILDCARD -> {
        WildcardType w = (WildcardType) type;
        yield (w.getExtendsBound() != null && isUnresolved(w.getExtendsBound()))
            || (w.getSuperBound() != null && isUnresolved(w.getSuperBound()));
      }
      default -> false;
    };
  }

  private static boolean anyUnresolved(List<? extends TypeMirror> types) {
    for (TypeMirror t : types) {
      if (isUnresolved(t)) {
        return true;
      }
    }
    return false;
  }
}
