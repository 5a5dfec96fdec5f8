package dev.dovetail.processor.writing;

import dev.dovetail.processor.model.DatabaseModel;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;

/** Writes everything generated for one valid database: DAOs, the entry point, DDL and the snapshot. */
public final class SourceWriter {
  private final ProcessingEnvironment env;

  /** @param env the processing environment */
  public SourceWriter(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Writes the sources and resources of {@code database}. */
  public void write(DatabaseModel database) throws IOException {
    throw new UnsupportedOperationException("not written yet " + env + database);
  }
}
