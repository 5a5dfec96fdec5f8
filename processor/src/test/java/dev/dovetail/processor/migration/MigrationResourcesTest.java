package dev.dovetail.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.MigrationAuthor;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.DovetailProcessor;
import dev.dovetail.schema.SchemaJson;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor writes for migrations: the index of databases, the {@code @RenamedFrom} hints, and the
 * compile-time form of {@code db check} (a warning when the model is ahead of the newest migration).
 */
class MigrationResourcesTest {
  private static final JavaFileObject SCHOOL = JavaFileObjects.forSourceLines("test.School",
      "package test;",
      "import dev.dovetail.*;",
      "@Database(entities = {Student.class})",
      "public interface School {}");

  private static JavaFileObject student(String... extraComponents) {
    return JavaFileObjects.forSourceLines("test.Student",
        "package test;",
        "import dev.dovetail.*;",
        "@Entity(table = \"students\")",
        "public record Student(@Id @GeneratedValue Long id, String name" + String.join("", extraComponents) + ") {}");
  }

  private static Compilation compile(String migrations, JavaFileObject... sources) {
    Compiler compiler = Compiler.javac().withProcessors(new DovetailProcessor());
    if (migrations != null) {
      compiler = compiler.withOptions("-A" + MigrationFolder.OPTION + "=" + migrations);
    }
    return compiler.compile(sources);
  }

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().getCharContent(true)
        .toString();
  }

  @Test
  void indexListsEveryDatabaseOfTheCompilation() throws IOException {
    JavaFileObject club = JavaFileObjects.forSourceLines("test.Club",
        "package test;",
        "import dev.dovetail.*;",
        "@Database(entities = {Member.class})",
        "public interface Club {}");
    JavaFileObject member = JavaFileObjects.forSourceLines("test.Member",
        "package test;",
        "import dev.dovetail.*;",
        "@Entity(table = \"members\")",
        "public record Member(@Id @GeneratedValue Long id) {}");
    Compilation compilation = compile(null, SCHOOL, student(), club, member);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("School\nClub\n", resource(compilation, "META-INF/dovetail/databases"));
  }

  @Test
  void renamedFromHintsAreWrittenForDbMigrate() throws IOException {
    JavaFileObject pupil = JavaFileObjects.forSourceLines("test.Pupil",
        "package test;",
        "import dev.dovetail.*;",
        "@Entity(table = \"pupils\")",
        "@RenamedFrom(\"students\")",
        "public record Pupil(@Id @GeneratedValue Long id, @RenamedFrom(\"name\") String fullName) {}");
    JavaFileObject school = JavaFileObjects.forSourceLines("test.School",
        "package test;",
        "import dev.dovetail.*;",
        "@Database(entities = {Pupil.class})",
        "public interface School {}");
    Compilation compilation = compile(null, school, pupil);
    assertThat(compilation).succeeded();
    String renames = resource(compilation, "META-INF/dovetail/School/renames");
    assertEquals(true, renames.contains("table students pupils"), renames);
    assertEquals(true, renames.contains("column pupils name full_name"), renames);
  }

  @Test
  void warnsWhenTheModelIsAheadOfTheNewestMigration(@TempDir Path migrations) throws IOException {
    Compilation before = compile(null, SCHOOL, student());
    MigrationAuthor.init(migrations, SchemaJson.read(resource(before, "META-INF/dovetail/School/schema.json")),
        Dialect.H2, "init");

    Compilation same = compile(migrations.toString(), SCHOOL, student());
    assertThat(same).succeededWithoutWarnings();

    Compilation ahead = compile(migrations.toString(), SCHOOL, student(", String email"));
    assertThat(ahead).succeeded();
    assertThat(ahead).hadWarningContaining("[" + Diagnostic.MODEL_AHEAD_OF_MIGRATIONS.id() + "]");
    assertThat(ahead).hadWarningContaining("students.email");
    assertThat(ahead).hadWarningContaining("V1__init.sql");
  }
}
