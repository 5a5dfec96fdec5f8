package dev.dovetail.migrate;

import dev.dovetail.runtime.DovetailException;

/**
 * A migration that could not be written, read or applied. The message says what is wrong, where (the file,
 * the statement, how many statements were applied) and what to do about it.
 */
public class MigrationException extends DovetailException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message and no cause. */
  public MigrationException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
