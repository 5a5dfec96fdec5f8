package dev.dovetail.processor.validation;

import java.util.List;

/** Every rule, in the order they run. */
public final class Validators {
  private Validators() {}

  /** The rules. */
  public static List<Validator> all() {
    return List.of();
  }
}
