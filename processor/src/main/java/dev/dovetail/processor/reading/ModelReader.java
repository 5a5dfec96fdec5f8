package dev.dovetail.processor.reading;

import dev.dovetail.processor.model.DatabaseModel;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @Database} type and its entities into the model. Reports nothing and never throws on bad
 * input: every fact the validators judge is recorded in the model.
 */
public final class ModelReader {
  private final ProcessingEnvironment env;

  /** @param env the processing environment */
  public ModelReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Descriptions of the types the database's declarations refer to that are not resolved yet. */
  public List<String> unresolved(TypeElement database) {
    return List.of();
  }

  /** The model of the database annotated on {@code database}. */
  public DatabaseModel read(TypeElement database) {
    throw new UnsupportedOperationException("not written yet " + env);
  }
}
