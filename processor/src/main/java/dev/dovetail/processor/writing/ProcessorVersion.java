package dev.dovetail.processor.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this dovetail-processor, written by its build into {@code version.properties}. Generated
 * databases carry it, and check when loaded that the runtime has the same one.
 */
final class ProcessorVersion {
  /** This processor's version. */
  static final String CURRENT = read();

  private ProcessorVersion() {}

  private static String read() {
    try (InputStream in = ProcessorVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("dovetail-processor is missing dev/dovetail/processor/writing/"
            + "version.properties: use a dovetail-processor jar as built");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dovetail-processor's version.properties", e);
    }
  }
}
