package dev.dovetail.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the processor's jar tells build tools. Gradle compiles incrementally only with processors that declare
 * their category; Dovetail's is aggregating, since the generated database, DAOs and schema snapshot of a
 * {@code @Database} each depend on several entities declared in several files.
 */
class BuildToolRegistrationTest {

  @Test
  void gradleIncrementalCategoryNamesTheProcessor() throws IOException {
    try (InputStream in = DovetailProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertNotNull(in, "META-INF/gradle/incremental.annotation.processors");
      assertEquals(DovetailProcessor.class.getName() + ",aggregating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
