package dev.dovetail.runtime.internal;

import dev.dovetail.runtime.DovetailException;

/**
 * Generated code and the runtime it runs on come from different Dovetail versions. The message names both
 * versions and says to align dovetail-runtime and dovetail-processor.
 */
public final class RuntimeVersionMismatch extends DovetailException {
  private static final long serialVersionUID = 1L;

  /** A mismatch described by {@code message}. */
  public RuntimeVersionMismatch(String message) {
    super(message);
  }
}
