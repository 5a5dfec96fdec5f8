package dev.dovetail.runtime;

/**
 * A data-access call that could not be carried out. The message names the entity, the relationship or
 * column, and the value at fault; the database is left as it was before the call.
 */
public class DovetailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message and no cause. */
  public DovetailException(String message) {
    super(message);
  }

  /** An exception with a message and the database's exception as cause. */
  public DovetailException(String message, Throwable cause) {
    super(message, cause);
  }
}
