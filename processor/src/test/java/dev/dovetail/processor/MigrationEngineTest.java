package dev.dovetail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor does not depend on the migration engine: it compares the model with a migrations folder only
 * when {@code dovetail-migrate} is on its path, and says what to add when a folder is set but it is not.
 */
class MigrationEngineTest {
  private static final JavaFileObject SCHOOL = JavaFileObjects.forSourceLines("test.School",
      "package test;",
      "import dev.dovetail.*;",
      "@Database(entities = {Student.class})",
      "public interface School {}");
  private static final JavaFileObject STUDENT = JavaFileObjects.forSourceLines("test.Student",
      "package test;",
      "import dev.dovetail.*;",
      "@Entity(table = \"students\")",
      "public record Student(@Id @GeneratedValue Long id, String name) {}");

  @Test
  void aFolderWithoutTheEngineOnThePathSaysWhatToAdd(@TempDir Path migrations) throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      Compilation compilation = Compiler.javac().withProcessors(new DovetailProcessor(empty))
          .withOptions("-Adovetail.migrations=" + migrations).compile(SCHOOL, STUDENT);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningContaining("[" + Diagnostic.MIGRATION_ENGINE_MISSING.id() + "]");
      assertThat(compilation).hadWarningContaining("dev.dovetail:dovetail-migrate");
    }
  }

  @Test
  void withTheEngineOnThePathAnUpToDateFolderIsQuiet(@TempDir Path migrations) {
    Compilation compilation = Compiler.javac().withProcessors(new DovetailProcessor())
        .withOptions("-Adovetail.migrations=" + migrations).compile(SCHOOL, STUDENT);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
