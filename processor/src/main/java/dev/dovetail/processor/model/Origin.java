package dev.dovetail.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a piece of the model was declared, so that a diagnostic lands on the element, and on the annotation
 * and attribute at fault when there is one. Writers never look inside; they only hand it to the Filer as an
 * originating element.
 *
 * @param element the declaring element
 * @param annotation the annotation at fault, or null
 * @param value the attribute value at fault, or null
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** An origin on an element alone. */
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  /** An origin on an annotation of an element. */
  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  /** The same origin narrowed to one attribute value; unchanged when {@code value} is null. */
  public Origin at(AnnotationValue attribute) {
    return attribute == null ? this : new Origin(element, annotation, attribute);
  }
}
