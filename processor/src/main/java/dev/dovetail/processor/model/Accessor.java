package dev.dovetail.processor.model;

/**
 * How generated code reads a property of an entity: {@code e.name()}, {@code e.getName()} or {@code e.name}.
 *
 * @param kind method call or field access
 * @param name the method or field name
 */
public record Accessor(Kind kind, String name) {
  /** Method call or field access. */
  public enum Kind {
    METHOD,
    FIELD
  }

  /** The Java expression reading the property of {@code receiver}. */
  public String on(String receiver) {
    return kind == Kind.METHOD ? receiver + "." + name + "()" : receiver + "." + name;
  }
}
