package dev.dovetail.processor.writing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of generated code, on SQLAlchemy's students-and-classes example: golden files compared as syntax
 * trees (so formatting and comments may change freely), and the Javadoc every public member must carry.
 */
class GeneratedSourcesTest {
  private static Compilation school;

  @BeforeAll
  static void compile() {
    school = Compilations.compile("school", "Student", "Course", "School");
  }

  @Test
  void ownerDaoOfManyToMany() {
    assertThat(school).generatedSourceFile("com.example.school.StudentDao")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("writing/golden/StudentDao.java"));
  }

  @Test
  void targetDaoOfManyToManyHasTheBackref() {
    assertThat(school).generatedSourceFile("com.example.school.CourseDao")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("writing/golden/CourseDao.java"));
  }

  @Test
  void metamodelOfAManyToManyOwnerHoldsItsAssociationTable() {
    assertThat(school).generatedSourceFile("com.example.school.Student_")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("writing/golden/Student_.java"));
  }

  @Test
  void databaseEntryPoint() {
    assertThat(school).generatedSourceFile("com.example.school.SchoolDb")
        .hasSourceEquivalentTo(JavaFileObjects.forSourceString("com.example.school.SchoolDb",
            golden("SchoolDb").replace("@DOVETAIL_VERSION@", ProcessorVersion.CURRENT)));
  }

  /** A golden file's text: the database's carries a marker for the processor's version, which each build sets. */
  private static String golden(String name) {
    try (InputStream in = GeneratedSourcesTest.class.getResourceAsStream("/writing/golden/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyGeneratedTypeAndPublicMemberHasJavadoc() throws IOException {
    Compilation kinds = Compilations.compile("kinds", EveryKindTest.SOURCES);
    for (Compilation compilation : List.of(school, kinds)) {
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        List<String> lines = file.getCharContent(true).toString().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("public ") || line.startsWith("protected ")) {
            int previous = i - 1;
            while (lines.get(previous).strip().startsWith("@")) {
              previous--;
            }
            boolean overrides = lines.get(i - 1).strip().equals("@Override");
            assertWithMessage("Javadoc before %s in %s", line, file.getName())
                .that(overrides || lines.get(previous).strip().equals("*/")).isTrue();
          }
        }
      }
    }
  }

  @Test
  void everyGeneratedTypeIsStampedWithTheProcessor() throws IOException {
    for (JavaFileObject file : school.generatedSourceFiles()) {
      assertWithMessage(file.getName()).that(file.getCharContent(true).toString())
          .contains("@Generated(\"dev.dovetail.processor.DovetailProcessor\")\npublic final class");
    }
  }
}
