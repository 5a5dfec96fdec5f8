package dev.dovetail.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the runtime says what lives there and what it may use, and the package for generated code
 * says it is for generated code only: what an application may call is written down, not guessed.
 */
class PackageDocsTest {
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void everyPackageHasItsDocumentation() throws IOException {
    List<Path> packages;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      packages = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().toList();
    }
    assertFalse(packages.isEmpty(), "no sources under " + SOURCES.toAbsolutePath());
    List<Path> undocumented = packages.stream().filter(p -> !Files.exists(p.resolve("package-info.java"))).toList();
    assertEquals(List.of(), undocumented, "packages without a package-info.java");
  }

  @Test
  void theInternalPackageIsForGeneratedCodeOnly() throws IOException {
    String doc = Files.readString(SOURCES.resolve("dev/dovetail/runtime/internal/package-info.java"));
    assertTrue(doc.contains("For generated code only"), doc);
  }
}
