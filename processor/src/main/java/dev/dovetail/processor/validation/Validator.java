package dev.dovetail.processor.validation;

import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;

/** One rule about a database's declarations; reports every violation it finds and never throws. */
public interface Validator {
  /** Checks {@code database}, reporting each violation on the element that caused it. */
  void validate(DatabaseModel database, Reporter reporter);
}
