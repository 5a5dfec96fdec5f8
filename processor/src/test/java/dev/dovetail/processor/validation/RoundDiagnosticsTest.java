package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertWarning;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.course;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DV0xx: what the processor's round loop reports itself, outside the rules of one database. */
class RoundDiagnosticsTest {
  @Test
  void entityListedInNoDatabaseIsAWarning() {
    JavaFileObject draft = type("Draft",
        "@Entity(table = \"drafts\")",
        "public record Draft(@Id @GeneratedValue Long id, String text) {}");
    Compilation c = compile(draft, course(), database("School", "Course"));
    assertThat(c).succeeded();
    assertWarning(c, Diagnostic.ENTITY_NOT_IN_DATABASE.format("Draft", "Draft"), draft, "record Draft");
  }

  @Test
  void typeThatNeverResolves() {
    JavaFileObject post = type("Post",
        "@Entity(table = \"posts\")",
        "public record Post(@Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Missing.class) Long missingId) {}");
    JavaFileObject school = database("School", "Post");
    Compilation c = compile(post, school);
    assertThat(c).failed();
    // javac reports the missing class itself; the database is deferred, then reported once processing is over.
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertError(c, "[DV002] School refers to a type that could not be resolved", school, "interface School");
  }
}
