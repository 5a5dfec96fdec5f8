package dev.dovetail.processor;

import dev.dovetail.Entity;
import dev.dovetail.processor.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Mapping annotations that javac accepts where Dovetail never reads them: {@code @Column} on a class's
 * constructor parameter or on a static or transient field, {@code @ManyToOne} on a static field,
 * {@code @ManyToMany} on a class without {@code @Entity}. Silently ignored, each would change nothing the user
 * meant it to change, so each is an error on the annotation.
 */
final class AnnotationPlacement {
  private final Reporter reporter;

  AnnotationPlacement(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks {@code @name} (a member annotation: {@code Column}, {@code Id}, ...) on {@code element}. */
  void member(Element element, String name) {
    Element owner = element.getKind() == ElementKind.PARAMETER
        ? element.getEnclosingElement().getEnclosingElement() : element.getEnclosingElement();
    String where = describe(element);
    if (!(owner instanceof TypeElement type) || type.getAnnotation(Entity.class) == null) {
      report(element, name, where, (owner == null ? "its type" : owner.getSimpleName()) + " is not an @Entity",
          "annotate the type with @Entity, or remove @" + name);
    } else if (element.getKind() == ElementKind.PARAMETER && type.getKind() != ElementKind.RECORD) {
      report(element, name, where, "the columns of an entity class are its fields",
          "move @" + name + " to the field " + element.getSimpleName());
    } else if (element.getKind() == ElementKind.FIELD && element.getModifiers().contains(Modifier.STATIC)) {
      report(element, name, where, "a static field is no column", "remove static, or remove @" + name);
    } else if (element.getKind() == ElementKind.FIELD && element.getModifiers().contains(Modifier.TRANSIENT)) {
      report(element, name, where, "a transient field is no column", "remove transient, or remove @" + name);
    }
  }

  /** Checks {@code @ManyToMany} on {@code type}. */
  void manyToMany(Element type) {
    if (type.getAnnotation(Entity.class) == null) {
      report(type, "ManyToMany", describe(type), type.getSimpleName() + " is not an @Entity",
          "annotate it with @Entity, or move @ManyToMany to the entity that owns the relationship");
    }
  }

  private void report(Element element, String name, String where, String why, String remedy) {
    // On the annotation itself (or its container, when written twice), so that the IDE underlines it.
    Origin origin = Origin.of(element);
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = mirror.getAnnotationType().toString();
      if (type.equals("dev.dovetail." + name) || type.equals("dev.dovetail." + name + ".List")) {
        origin = Origin.of(element, mirror);
      }
    }
    reporter.error(origin, Diagnostic.MISPLACED_ANNOTATION, name, where, why, remedy);
  }

  private static String describe(Element element) {
    Element owner = element.getKind() == ElementKind.PARAMETER
        ? element.getEnclosingElement().getEnclosingElement() : element.getEnclosingElement();
    String kind = switch (element.getKind()) {
      case PARAMETER -> "the constructor parameter ";
      case FIELD -> "the field ";
      case METHOD -> "the method ";
      default -> "";
    };
    return element instanceof TypeElement ? element.getSimpleName().toString()
        : kind + (owner == null ? "" : owner.getSimpleName() + ".") + element.getSimpleName();
  }
}
