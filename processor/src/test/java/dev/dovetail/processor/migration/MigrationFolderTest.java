package dev.dovetail.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.DovetailProcessor;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations folder is what {@code -Adovetail.migrations} names, nothing else: the processor does not guess
 * it from where the class files go (a build tool that compiles elsewhere, or caches the compilation, would get
 * another folder or a stale answer).
 */
class MigrationFolderTest {

  private static JavaFileObject student(String extra) {
    return JavaFileObjects.forSourceLines("test.Student",
        "package test;",
        "import dev.dovetail.*;",
        "@Entity(table = \"students\")",
        "public record Student(@Id @GeneratedValue Long id, String name" + extra + ") {}");
  }

  private static final JavaFileObject SCHOOL = JavaFileObjects.forSourceLines("test.School",
      "package test;",
      "import dev.dovetail.*;",
      "@Database(entities = {Student.class})",
      "public interface School {}");

  @Test
  void theOptionIsDeclared() {
    assertTrue(new DovetailProcessor().getSupportedOptions().contains(MigrationFolder.OPTION));
  }

  @Test
  void withoutTheOptionAProjectsFolderIsNotCompared(@TempDir Path project) throws IOException {
    // A Maven project whose migrations folder is behind the model, compiled to its target/classes.
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    compile(project.resolve("first"), List.of(), student(""));
    MigrationAuthor.init(migrations, SchemaJson.read(Files.readString(
        project.resolve("first/META-INF/dovetail/School/schema.json"))), Dialect.H2, "init");

    List<String> unset = compile(project.resolve("target/classes"), List.of(), student(", String email"));
    assertEquals(List.of(), unset);

    List<String> set = compile(project.resolve("target/classes"), List.of("-A" + MigrationFolder.OPTION + "="
        + migrations), student(", String email"));
    assertEquals(1, set.size(), set::toString);
    assertTrue(set.get(0).contains("[" + Diagnostic.MODEL_AHEAD_OF_MIGRATIONS.id() + "]"), set::toString);
  }

  /** Compiles with class files written to {@code classes}; returns the warnings. */
  private static List<String> compile(Path classes, List<String> options, JavaFileObject student)
      throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path")));
    all.addAll(options);
    JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), null, diagnostics, all, null,
        List.of(SCHOOL, student));
    task.setProcessors(List.of(new DovetailProcessor()));
    assertTrue(task.call(), diagnostics.getDiagnostics()::toString);
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null)).toList();
  }
}
