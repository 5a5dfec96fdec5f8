package dev.dovetail.processor.model;

import java.util.List;

/**
 * An abstract method of a {@code @Queries} type: its statement and what it binds and returns.
 *
 * @param name the method's name
 * @param kind which annotation it carries
 * @param sql its SQL, parsed for named parameters; null when it has no annotation
 * @param checked whether the statement is prepared against the schema at compile time
 * @param generic whether the method declares type parameters
 * @param visibility {@code public}, {@code protected} or empty (package-private), as the override must be
 * @param parameters its parameters, in order
 * @param result what it returns
 * @param origin the method and its {@code @Query} or {@code @Update}
 */
public record QueryMethodModel(
    String name,
    Kind kind,
    NamedSql sql,
    boolean checked,
    boolean generic,
    String visibility,
    List<QueryParameterModel> parameters,
    ResultModel result,
    Origin origin) {

  /** Which of {@code @Query} and {@code @Update} the method carries. */
  public enum Kind {
    QUERY,
    UPDATE,
    /** Both, which cannot be. */
    BOTH,
    /** Neither, on an abstract method. */
    NONE
  }

  /** Copies the list. */
  public QueryMethodModel {
    parameters = List.copyOf(parameters);
  }

  /** {@code Catalog.booksBy}: how messages and run-time errors name the method. */
  public String describe(QueriesModel owner) {
    return owner.simpleName() + "." + name;
  }
}
