package dev.dovetail.processor.model;

import java.util.List;

/**
 * A type listed in {@code @Database(queries = ...)}: its abstract methods, each a declared statement.
 *
 * @param qualifiedName the type's qualified name
 * @param packageName its package
 * @param simpleName its simple name
 * @param annotated whether it carries {@code @Queries}
 * @param problem why it cannot be implemented (a class, an enum, generic, no visible constructor, ...), or
 *     null
 * @param isInterface whether it is an interface (else an abstract class)
 * @param methods its abstract methods, in declaration order (inherited ones after)
 * @param origin the type, and its {@code @Queries} when it has one
 */
public record QueriesModel(
    String qualifiedName,
    String packageName,
    String simpleName,
    boolean annotated,
    String problem,
    boolean isInterface,
    List<QueryMethodModel> methods,
    Origin origin) {

  /** Copies the list. */
  public QueriesModel {
    methods = List.copyOf(methods);
  }
}
