package dev.dovetail.processor.writing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.DovetailProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The id forms of handles and batch loaders beside the entity forms, for every kind of id, as a caller writes
 * them: an integer id is taken as its primitive (so {@code classes(null)} still means the entity form, and an
 * {@code int} literal widens), a text or UUID id as declared (a bare {@code null} is then ambiguous and javac
 * says so), and the batch form by ids has a name of its own ({@code ...OfIds}), since both collections erase
 * alike.
 */
class HandlesByIdSourcesTest {
  private static final JavaFileObject MODEL = JavaFileObjects.forSourceLines("test.Model",
      "package test;",
      "",
      "import dev.dovetail.*;",
      "import java.util.UUID;",
      "",
      "final class Model {",
      "  @Entity(table = \"nums\")",
      "  @ManyToMany(name = \"smalls\", target = Small.class, joinTable = \"num_smalls\", backref = \"nums\")",
      "  record Num(@Id @GeneratedValue Integer id, String name) {}",
      "",
      "  @Entity(table = \"smalls\")",
      "  @ManyToMany(name = \"words\", target = Word.class, joinTable = \"small_words\", backref = \"smalls\")",
      "  record Small(@Id short id) {}",
      "",
      "  @Entity(table = \"words\")",
      "  @ManyToMany(name = \"uids\", target = Uid.class, joinTable = \"word_uids\", backref = \"words\")",
      "  record Word(@Id String code) {}",
      "",
      "  @Entity(table = \"uids\")",
      "  record Uid(@Id UUID id, @ManyToOne(target = Num.class, backref = \"uids\") Integer numId) {}",
      "",
      "  @Entity(table = \"pairs\")",
      "  record Pair(@Id @ManyToOne(target = Num.class, backref = \"pairs\") Integer leftId, @Id int otherNum) {}",
      "",
      "  @Database(entities = {Num.class, Small.class, Word.class, Uid.class, Pair.class})",
      "  interface Store {}",
      "}");

  private static Compilation compile(String... callerBody) {
    String[] lines = new String[callerBody.length + 6];
    lines[0] = "package test;";
    lines[1] = "import java.util.List;";
    lines[2] = "import java.util.UUID;";
    lines[3] = "final class Caller {";
    lines[4] = "  void call(StoreDb db) {";
    System.arraycopy(callerBody, 0, lines, 5, callerBody.length);
    lines[lines.length - 1] = "  }}";
    return Compiler.javac().withProcessors(new DovetailProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(MODEL, JavaFileObjects.forSourceLines("test.Caller", lines));
  }

  @Test
  void everyKindOfIdHasItsForms() {
    Compilation c = compile(
        "    db.nums().smalls(1).all();",
        "    db.nums().smalls(null);",
        "    db.smalls().nums((short) 2).all();",
        "    db.smalls().words((short) 2).all();",
        "    db.words().smalls(\"a\").all();",
        "    db.words().uids(\"a\").all();",
        "    db.uids().words(UUID.randomUUID()).all();",
        "    db.uids().num(UUID.randomUUID());",
        "    db.nums().uids(1).all();",
        "    db.nums().pairs(1).all();",
        "    java.util.Map<Integer, List<Model.Small>> a = db.nums().smallsOfIds(List.of(1, 2));",
        "    java.util.Map<Short, List<Model.Num>> b = db.smalls().numsOfIds(List.of((short) 1));",
        "    java.util.Map<String, List<Model.Uid>> d = db.words().uidsOfIds(List.of(\"a\"));",
        "    java.util.Map<Integer, List<Model.Uid>> e = db.nums().uidsOfIds(List.of(1));",
        "    java.util.Map<Integer, List<Model.Pair>> f = db.nums().pairsOfIds(List.of(1));",
        "    if (a.isEmpty() && b.isEmpty() && d.isEmpty() && e.isEmpty() && f.isEmpty()) {",
        "      db.nums().count();",
        "    }");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aBareNullIsAmbiguousForTextIdsOnly() {
    Compilation c = compile("    db.words().smalls(null);");
    assertThat(c).hadErrorContaining("reference to smalls is ambiguous");
  }

  @Test
  void anEntityWithACompositeIdHasNoIdForm() {
    Compilation c = compile("    db.pairs().left(1);");
    assertThat(c).hadErrorContaining("incompatible types");
  }
}
