package dev.dovetail.processor.robust;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.DovetailProcessor;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Inputs javac accepts that once crashed the processor or made it write code that does not compile. Each either
 * compiles clean, or is one error on the element at fault beside the next independent error (processing went on).
 */
class GeneratedCodeCompilesTest {
  private static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new DovetailProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  private static String all(Compilation c) {
    return c.diagnostics().stream().map(d -> d.getKind() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  private static void assertClean(Compilation c) {
    assertWithMessage(all(c)).that(c.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWithMessage(all(c)).that(c.diagnostics()).isEmpty();
  }

  @Test
  void entityWhoseAccessorIsAKeyword() {
    Compilation c = compile(
        source("p.Throw", "package p;", "import dev.dovetail.*;",
            "@Entity public record Throw(@Id @GeneratedValue Long id, String note) {}"),
        source("p.Extend", "package p;", "import dev.dovetail.*;",
            "@Entity public record Extend(@Id @GeneratedValue Long id) {}"),
        source("p.Thi", "package p;", "import dev.dovetail.*;",
            "@Entity public record Thi(@Id @GeneratedValue Long id) {}"),
        source("p.Blog", "package p;", "import dev.dovetail.*;",
            "@Database(entities = {Throw.class, Extend.class, Thi.class}) public interface Blog {}"),
        source("p.Use", "package p;",
            "final class Use { static void use(BlogDb db) { db.throws_(); db.extends_(); db.this_(); } }"));
    assertClean(c);
  }

  @Test
  void emptyManyToManyNameIsAnErrorOnTheName() {
    JavaFileObject student = source("p.Student", "package p;", "import dev.dovetail.*;",
        "@Entity @ManyToMany(name = \"\", target = Course.class, joinTable = \"regs\")",
        "public record Student(@Id @GeneratedValue Long id) {}");
    JavaFileObject course = source("p.Course", "package p;", "import dev.dovetail.*;",
        "@Entity public record Course(@Id @GeneratedValue Long id) {}");
    JavaFileObject orphan = source("p.Orphan", "package p;", "import dev.dovetail.*;",
        "@Entity public record Orphan(String label) {}");
    JavaFileObject school = source("p.School", "package p;", "import dev.dovetail.*;",
        "@Database(entities = {Student.class, Course.class, Orphan.class}) public interface School {}");
    Compilation c = compile(student, course, orphan, school);
    assertThat(c).hadErrorContaining("[" + Diagnostic.HANDLE_NAME_NOT_IDENTIFIER.id() + "] name \"\"")
        .inFile(student).onLineContaining("name = \"\"");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
    assertNoInternalError(c);
  }

  @Test
  void generatedTypeNameTakenByAUserClass() {
    JavaFileObject post = source("p.Post", "package p;", "import dev.dovetail.*;",
        "@Entity public record Post(@Id @GeneratedValue Long id) {}");
    JavaFileObject taken = source("p.PostDao", "package p;", "final class PostDao {}");
    JavaFileObject orphan = source("p.Orphan", "package p;", "import dev.dovetail.*;",
        "@Entity public record Orphan(String label) {}");
    JavaFileObject blog = source("p.Blog", "package p;", "import dev.dovetail.*;",
        "@Database(entities = Post.class) public interface Blog {}");
    JavaFileObject other = source("p.Other", "package p;", "import dev.dovetail.*;",
        "@Database(entities = Orphan.class) public interface Other {}");
    Compilation c = compile(post, taken, orphan, blog, other);
    assertThat(c).hadErrorContaining("[" + Diagnostic.GENERATED_NAME_TAKEN.id() + "]").inFile(post)
        .onLineContaining("record Post");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
    assertNoInternalError(c);
  }

  @Test
  void generatedTypeNameTakenByAnotherEntityOrDatabase() {
    JavaFileObject x = source("p.X", "package p;", "import dev.dovetail.*;",
        "@Entity public record X(@Id @GeneratedValue Long id) {}");
    JavaFileObject xDao = source("p.XDao", "package p;", "import dev.dovetail.*;",
        "@Entity(table = \"x_daos\") public record XDao(@Id @GeneratedValue Long id) {}");
    JavaFileObject a = source("p.A", "package p;", "import dev.dovetail.*;",
        "public final class A { @Entity public record Item(@Id @GeneratedValue Long id) {} }");
    JavaFileObject b = source("p.B", "package p;", "import dev.dovetail.*;",
        "public final class B { @Entity public record Item(@Id @GeneratedValue Long id) {} }");
    JavaFileObject one = source("p.One", "package p;", "import dev.dovetail.*;",
        "@Database(entities = {X.class, XDao.class, A.Item.class}) public interface One {}");
    JavaFileObject two = source("p.Two", "package p;", "import dev.dovetail.*;",
        "@Database(entities = B.Item.class) public interface Two {}");
    Compilation c = compile(x, xDao, a, b, one, two);
    assertThat(c).hadErrorContaining("[" + Diagnostic.GENERATED_NAME_TAKEN.id() + "]").inFile(x)
        .onLineContaining("record X");
    assertThat(c).hadErrorContaining("[" + Diagnostic.GENERATED_NAME_TAKEN.id() + "]").inFile(b)
        .onLineContaining("record Item");
    assertNoInternalError(c);
  }

  @Test
  void databaseNestedInAClass() {
    Compilation c = compile(
        source("p.Config", "package p;", "import dev.dovetail.*;",
            "final class Config {",
            "  @Entity public record Note(@Id @GeneratedValue Long id) {}",
            "  @Database(entities = Note.class) interface Blog {}",
            "}"),
        source("p.Use", "package p;", "final class Use { static Config.Blog use(BlogDb db) { return db; } }"));
    assertClean(c);
  }

  @Test
  void databaseWithoutEntities() {
    Compilation c = compile(source("p.Blog", "package p;", "import dev.dovetail.*;",
        "@Database(entities = {}) public interface Blog {}"));
    assertClean(c);
  }

  @Test
  void namesThatWouldBreakAComment() {
    JavaFileObject note = source("p.Note", "package p;", "import dev.dovetail.*;",
        "@Entity(table = \"a*/b\") public record Note(@Id @GeneratedValue Long id,",
        "    @Column(name = \"x\\\\u12\") String text) {}");
    JavaFileObject orphan = source("p.Orphan", "package p;", "import dev.dovetail.*;",
        "@Entity public record Orphan(String label) {}");
    JavaFileObject blog = source("p.Blog", "package p;", "import dev.dovetail.*;",
        "@Database(entities = {Note.class, Orphan.class}) public interface Blog {}");
    Compilation c = compile(note, orphan, blog);
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_NOT_SQL_IDENTIFIER.id() + "] table \"a*/b\"")
        .inFile(note).onLineContaining("a*/b");
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_NOT_SQL_IDENTIFIER.id() + "] column \"x\\u12\"")
        .inFile(note).onLineContaining("String text");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
    assertNoInternalError(c);
  }

  @Test
  void userClassesNamedLikeJavaLangTypes() {
    Compilation c = compile(
        source("p.Character", "package p;", "final class Character {}"),
        source("p.Long", "package p;", "final class Long {}"),
        source("p.String", "package p;", "final class String {}"),
        source("p.Object", "package p;", "final class Object {}"),
        source("p.Integer", "package p;", "final class Integer {}"),
        // Generated code annotates with @Override and @Deprecated: java.lang's, whatever the package holds.
        source("p.Override", "package p;", "final class Override {}"),
        source("p.Note", "package p;", "import dev.dovetail.*;",
            "@Entity @ManyToMany(name = \"links\", target = Note.class, joinTable = \"note_links\",",
            "    joinColumn = \"from_id\", inverseJoinColumn = \"to_id\", backref = \"linkedFrom\")",
            "public record Note(@Id @GeneratedValue java.lang.Long id, java.lang.String text, char c,",
            "    java.lang.Character boxed, int n,",
            "    @ManyToOne(target = Note.class) java.lang.Long parentId) {}"),
        source("p.Reports", "package p;", "import dev.dovetail.*;",
            "@Queries public interface Reports {",
            "  @Query(\"SELECT text FROM note WHERE id = :id\") java.util.Optional<java.lang.String> text(long id);",
            "}"),
        source("p.Blog", "package p;", "import dev.dovetail.*;",
            "@Database(entities = Note.class, queries = Reports.class) public interface Blog {}"));
    assertClean(c);
  }

  private static void assertNoInternalError(Compilation c) {
    List<String> internal = c.diagnostics().stream().map(d -> d.getMessage(null))
        .filter(m -> m.contains("[" + Diagnostic.INTERNAL_ERROR.id() + "]")).toList();
    assertWithMessage(all(c)).that(internal).isEmpty();
    c.diagnostics().forEach(d -> assertWithMessage(all(c)).that(
        d.getSource() == null ? "" : d.getSource().getName()).doesNotContain("/SOURCE_OUTPUT/"));
  }
}
