package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect.Violation;

/**
 * The database refused a write because it would break a constraint: a foreign key, a primary key or unique
 * constraint, or a {@code NOT NULL} column.
 */
public final class ConstraintViolationException extends DovetailException {
  private static final long serialVersionUID = 1L;

  private final Violation violation;
  private final String entity;

  /**
   * @param violation which kind of constraint
   * @param entity the entity (or relationship, {@code Student.classes}) being written
   * @param message what was refused, naming the values
   * @param cause the database's exception
   */
  public ConstraintViolationException(Violation violation, String entity, String message, Throwable cause) {
    super(message, cause);
    this.violation = violation;
    this.entity = entity;
  }

  /** Which kind of constraint was violated. */
  public Violation violation() {
    return violation;
  }

  /** The entity or relationship being written. */
  public String entity() {
    return entity;
  }
}
