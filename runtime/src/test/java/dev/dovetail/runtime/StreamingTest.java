package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code Stream} of a million rows is read as it is consumed on every engine, in a JVM whose heap (64 MB)
 * could not hold them all, and closing a stream, at its end or early, gives its connection back with
 * autocommit on ({@link StreamChild} does the work).
 */
class StreamingTest extends SchoolFixture {

  @DatabaseTest
  void aMillionRowsStreamThroughSixtyFourMegabytes(TestDatabase database) throws Exception {
    Path h2 = Files.createTempDirectory("dv_stream");
    String url = database.kind() == TestDatabase.Kind.H2 ? "jdbc:h2:file:" + h2.resolve("db") : database.url();
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), StreamChild.class.getName(),
        database.kind().name(), url)).redirectErrorStream(true).start();
    try {
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child ended");
      System.out.print(output);
      assertEquals(0, child.exitValue(), output);
    } finally {
      child.destroyForcibly();
      deleteAll(h2);
    }
  }

  private static void deleteAll(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    }
  }
}
