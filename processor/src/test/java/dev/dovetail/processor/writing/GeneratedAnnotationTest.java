package dev.dovetail.processor.writing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.DovetailProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @javax.annotation.processing.Generated} exists from Java 9: the processor stamps it on generated
 * types only where it resolves, so that no generated source names a type the target release lacks.
 * (The generated code needs Java 14 or later for other reasons; the rule still holds for the stamp alone.)
 */
class GeneratedAnnotationTest {
  private static final JavaFileObject STUDENT = JavaFileObjects.forSourceLines("test.Student",
      "package test;",
      "import dev.dovetail.*;",
      "@Entity(table = \"students\")",
      "public class Student {",
      "  @Id @GeneratedValue private final Long id;",
      "  private final String name;",
      "  public Student(Long id, String name) { this.id = id; this.name = name; }",
      "  public Long getId() { return id; }",
      "  public String getName() { return name; }",
      "}");
  private static final JavaFileObject SCHOOL = JavaFileObjects.forSourceLines("test.School",
      "package test;",
      "import dev.dovetail.*;",
      "@Database(entities = {Student.class})",
      "public interface School {}");

  @Test
  void aReleaseWithoutTheAnnotationGetsSourcesWithoutIt(@TempDir Path out) throws IOException {
    List<String> sources = generate(out, "8");
    assertFalse(sources.isEmpty(), "generated sources");
    for (String source : sources) {
      assertFalse(source.contains("javax.annotation.processing.Generated"), source);
    }
  }

  @Test
  void aReleaseWithTheAnnotationGetsIt(@TempDir Path out) throws IOException {
    List<String> sources = generate(out, "9");
    assertFalse(sources.isEmpty(), "generated sources");
    for (String source : sources) {
      assertTrue(source.contains("@Generated(\"dev.dovetail.processor.DovetailProcessor\")"), source);
    }
  }

  /**
   * The sources the processor writes for {@code --release <release>}. Processing only: the generated code is
   * not compiled, since it needs a newer release than 8 or 9 anyway.
   */
  private static List<String> generate(Path out, String release) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), null, null,
        List.of("--release", release, "-proc:only", "-s", out.toString(), "-d", out.toString(), "-classpath",
            System.getProperty("java.class.path")),
        null, List.of(STUDENT, SCHOOL));
    task.setProcessors(List.of(new DovetailProcessor()));
    task.call();
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(GeneratedAnnotationTest::read).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
