package dev.dovetail.processor;

import dev.dovetail.processor.model.Origin;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

/**
 * Reports diagnostics on the element, annotation and attribute at fault, and counts errors so that
 * processing goes on to report every error of the round before deciding whether to write anything.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  /** @param messager where diagnostics go */
  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error from the catalog. */
  public void error(Origin origin, Diagnostic diagnostic, Object... args) {
    errors++;
    print(Kind.ERROR, origin, diagnostic.format(args));
  }

  /** Reports a warning from the catalog. */
  public void warning(Origin origin, Diagnostic diagnostic, Object... args) {
    print(Kind.WARNING, origin, diagnostic.format(args));
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }

  private void print(Kind kind, Origin origin, String message) {
    if (origin == null || origin.element() == null) {
      messager.printMessage(kind, message);
    } else if (origin.annotation() == null) {
      messager.printMessage(kind, message, origin.element());
    } else if (!origin.element().getAnnotationMirrors().contains(origin.annotation())) {
      printRepeated(kind, origin, message);
    } else if (origin.value() == null) {
      messager.printMessage(kind, message, origin.element(), origin.annotation());
    } else {
      messager.printMessage(kind, message, origin.element(), origin.annotation(), origin.value());
    }
  }

  /**
   * An annotation written twice or more ({@code @ManyToMany}) sits in its container, where javac cannot place
   * it. When the container is written out ({@code @ManyToMany.List({...})}) javac places its value, so the
   * annotation is located through that; a container javac made up has no position, so the error goes on the
   * element.
   */
  private void printRepeated(Kind kind, Origin origin, String message) {
    for (AnnotationMirror container : origin.element().getAnnotationMirrors()) {
      for (AnnotationValue values : container.getElementValues().values()) {
        if (values.getValue() instanceof List<?> list) {
          for (Object item : list) {
            if (item instanceof AnnotationValue value && origin.annotation().equals(value.getValue())) {
              messager.printMessage(kind, message, origin.element(), container,
                  value);
              return;
            }
          }
        }
      }
    }
    messager.printMessage(kind, message, origin.element());
  }
}
