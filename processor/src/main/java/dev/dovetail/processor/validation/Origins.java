package dev.dovetail.processor.validation;

import dev.dovetail.processor.model.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Narrows an {@link Origin} to the annotation or attribute at fault, so that the IDE underlines the word the
 * user must change. Every lookup falls back to the wider origin: a narrower position is a courtesy, and a
 * validator must never fail for lack of one.
 */
final class Origins {
  static final String ID = "dev.dovetail.Id";
  static final String GENERATED_VALUE = "dev.dovetail.GeneratedValue";
  static final String COLUMN = "dev.dovetail.Column";
  static final String ENTITY = "dev.dovetail.Entity";

  private Origins() {}

  /** The origin narrowed to {@code attribute} of its annotation; unchanged when the attribute is defaulted. */
  static Origin attribute(Origin origin, String attribute) {
    return origin == null ? null : value(origin, attribute).map(origin::at).orElse(origin);
  }

  /** Whether the user wrote {@code attribute} on the origin's annotation (rather than leaving its default). */
  static boolean explicit(Origin origin, String attribute) {
    return value(origin, attribute).isPresent();
  }

  /** The value the user wrote for {@code attribute}; empty when defaulted. */
  static Optional<AnnotationValue> writtenValue(Origin origin, String attribute) {
    return value(origin, attribute);
  }

  /** The string the user wrote for {@code attribute}; empty when defaulted or not a string. */
  static Optional<String> writtenString(Origin origin, String attribute) {
    return value(origin, attribute).map(AnnotationValue::getValue).filter(String.class::isInstance)
        .map(String.class::cast);
  }

  /** The origin moved to the annotation {@code annotationName} of its element, when the element carries it. */
  static Origin annotation(Origin origin, String annotationName) {
    if (origin == null || origin.element() == null) {
      return origin;
    }
    return mirror(origin.element(), annotationName).map(m -> Origin.of(origin.element(), m)).orElse(origin);
  }

  /** The origin moved to {@code attribute} of the element's annotation {@code annotationName}, if written. */
  static Origin annotationAttribute(Origin origin, String annotationName, String attribute) {
    Origin annotation = annotation(origin, annotationName);
    return annotation != origin ? attribute(annotation, attribute) : origin;
  }

  /**
   * The origin narrowed to the class literal naming {@code qualifiedName} in the array attribute
   * {@code attribute} ({@code @Database(entities = {..., Student.class})}), else to the whole attribute.
   */
  static Origin listed(Origin origin, String attribute, String qualifiedName) {
    return listed(origin, attribute, qualifiedName, 0);
  }

  /** Like {@link #listed(Origin, String, String)}, on the {@code occurrence}-th (from 0) literal of that name. */
  static Origin listed(Origin origin, String attribute, String qualifiedName, int occurrence) {
    Optional<AnnotationValue> array = value(origin, attribute);
    if (array.isEmpty()) {
      return origin;
    }
    int seen = 0;
    if (array.get().getValue() instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue v && typeName(v.getValue()).filter(n -> n.equals(qualifiedName)).isPresent()
            && seen++ == occurrence) {
          return origin.at(v);
        }
      }
    }
    return origin.at(array.get());
  }

  /**
   * Whether the class named by {@code attribute} ({@code target = Course.class}) carries {@code @Entity}; empty
   * when the attribute or its type cannot be inspected.
   */
  static Optional<Boolean> namesEntity(Origin origin, String attribute) {
    return value(origin, attribute).flatMap(v -> {
      if (v.getValue() instanceof TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
          return Optional.of(false);
        }
        Element element = ((DeclaredType) type).asElement();
        return Optional.of(mirror(element, ENTITY).isPresent());
      }
      return Optional.empty();
    });
  }

  /**
   * Whether the user silenced warning {@code id} with {@code @SuppressWarnings("DV307")} on the origin's
   * element or an element enclosing it (the entity, its enclosing types, its package).
   */
  static boolean suppressed(Origin origin, String id) {
    for (Element e = origin == null ? null : origin.element(); e != null; e = e.getEnclosingElement()) {
      Optional<AnnotationMirror> suppress = mirror(e, "java.lang.SuppressWarnings");
      if (suppress.isPresent() && value(Origin.of(e, suppress.get()), "value").map(AnnotationValue::getValue)
          .filter(v -> v instanceof List<?> names
              && names.stream().anyMatch(n -> n instanceof AnnotationValue a && id.equals(a.getValue())))
          .isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<AnnotationValue> value(Origin origin, String attribute) {
    if (origin == null || origin.annotation() == null) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : origin.annotation().getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.ofNullable(e.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> mirror(Element element, String annotationName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      Element type = m.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> typeName(Object value) {
    if (value instanceof DeclaredType type && type.asElement() instanceof TypeElement element) {
      return Optional.of(element.getQualifiedName().toString());
    }
    return Optional.empty();
  }
}
