package dev.dovetail.processor.reading;

import dev.dovetail.processor.model.Origin;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through their mirrors. {@code Element.getAnnotation()} cannot be used for Dovetail's
 * annotations: reading a {@code Class}-valued attribute through it throws {@code MirroredTypeException}, and it
 * loses the {@link AnnotationValue} a diagnostic needs to underline one attribute.
 *
 * <p>Attribute readers fall back to the attribute's declared default, and to a neutral value when the source
 * does not compile (an unresolved class literal reads as the string {@code "<error>"}).
 */
public final class Annotations {
  private Annotations() {}

  /** The mirror of the annotation {@code type} directly present on {@code element}. */
  public static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
    String name = type.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name.equals(nameOf(mirror))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether the annotation {@code type} is directly present on {@code element}. */
  public static boolean has(Element element, Class<? extends Annotation> type) {
    return find(element, type).isPresent();
  }

  /**
   * Every {@code type} annotation on {@code element}, whether written once or repeated (javac then wraps the
   * repetitions in their {@code container}), in source order.
   */
  static List<AnnotationMirror> findRepeatable(
      Element element, Class<? extends Annotation> type, Class<? extends Annotation> container) {
    List<AnnotationMirror> found = new ArrayList<>();
    find(element, type).ifPresent(found::add);
    find(element, container).ifPresent(c -> {
      for (AnnotationValue v : list(c, "value")) {
        if (v.getValue() instanceof AnnotationMirror nested) {
          found.add(nested);
        }
      }
    });
    return found;
  }

  /** The value written for {@code attribute}, or null when the attribute takes its default. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * {@code origin} narrowed to the value written for {@code attribute} of its annotation, so that a diagnostic
   * underlines {@code backref = "students"}; unchanged when the attribute is not written or there is no
   * annotation.
   */
  public static Origin attribute(Origin origin, String attribute) {
    if (origin == null || origin.annotation() == null) {
      return origin;
    }
    return new Origin(origin.element(), origin.annotation(), null).at(explicit(origin.annotation(), attribute));
  }

  /**
   * The origin of annotation {@code type} on {@code origin}'s element (narrowed to {@code attribute} when it is
   * written and not null), or {@code origin} itself when the element does not carry it.
   */
  public static Origin annotation(Origin origin, Class<? extends Annotation> type, String attribute) {
    if (origin == null || origin.element() == null) {
      return origin;
    }
    return find(origin.element(), type)
        .map(m -> attribute == null ? Origin.of(origin.element(), m) : attribute(Origin.of(origin.element(), m),
            attribute))
        .orElse(origin);
  }

  /** The attribute's value as written, else its default; null when neither is known. */
  static Object value(AnnotationMirror mirror, String attribute) {
    AnnotationValue written = explicit(mirror, attribute);
    if (written != null) {
      return written.getValue();
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(attribute)) {
        AnnotationValue defaultValue = method.getDefaultValue();
        return defaultValue == null ? null : defaultValue.getValue();
      }
    }
    return null;
  }

  /** A {@code String} attribute; empty when unreadable. */
  static String string(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof String s ? s : "";
  }

  /** An {@code int} attribute; {@code fallback} when unreadable. */
  static int integer(AnnotationMirror mirror, String attribute, int fallback) {
    return value(mirror, attribute) instanceof Integer i ? i : fallback;
  }

  /** A {@code boolean} attribute; {@code fallback} when unreadable. */
  static boolean bool(AnnotationMirror mirror, String attribute, boolean fallback) {
    return value(mirror, attribute) instanceof Boolean b ? b : fallback;
  }

  /** A {@code Class} attribute; null when it does not resolve. */
  static TypeMirror type(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof TypeMirror t ? t : null;
  }

  /** The constant name of an enum attribute; null when unreadable. */
  static String enumConstant(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof VariableElement v ? v.getSimpleName().toString() : null;
  }

  /** The elements of an array attribute (a single value written without braces is a one-element list). */
  static List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute);
    List<AnnotationValue> out = new ArrayList<>();
    if (value instanceof List<?> values) {
      for (Object v : values) {
        if (v instanceof AnnotationValue av) {
          out.add(av);
        }
      }
    }
    return out;
  }

  private static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
