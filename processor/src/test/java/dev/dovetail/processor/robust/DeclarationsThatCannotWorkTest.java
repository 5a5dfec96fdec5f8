package dev.dovetail.processor.robust;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.DovetailProcessor;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Declarations javac accepts that cannot work: each is an error on the element at fault, and processing goes on. */
class DeclarationsThatCannotWorkTest {
  private static JavaFileObject source(String qualifiedName, String... lines) {
    String[] all = new String[lines.length + 2];
    all[0] = "package p;";
    all[1] = "import dev.dovetail.*;";
    System.arraycopy(lines, 0, all, 2, lines.length);
    return JavaFileObjects.forSourceLines(qualifiedName, all);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new DovetailProcessor()).compile(sources);
  }

  private static String all(Compilation c) {
    return c.diagnostics().stream().map(d -> d.getKind() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void entityNoDatabaseListsIsStillJudgedOnItsShape() {
    JavaFileObject note = source("p.Note", "@Entity public record Note(String text) {}");
    JavaFileObject tag = source("p.Tag", "@Entity public record Tag(@Id Long id, java.util.List<String> names) {}");
    Compilation c = compile(note, tag);
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Note")).inFile(note).onLineContaining("Note");
    assertThat(c).hadErrorContaining("[" + Diagnostic.UNSUPPORTED_COLUMN_TYPE.id() + "] Tag.names").inFile(tag)
        .onLineContaining("names");
    assertThat(c).hadWarningContaining("[" + Diagnostic.ENTITY_NOT_IN_DATABASE.id() + "] entity Note").inFile(note);
  }

  @Test
  void emptyTableOrColumnName() {
    JavaFileObject note = source("p.Note", "@Entity(table = \"\") public record Note(@Id Long id,",
        "    @Column(name = \"\") String text) {}");
    JavaFileObject orphan = source("p.Orphan", "@Entity public record Orphan(String label) {}");
    Compilation c = compile(note, orphan, source("p.Blog",
        "@Database(entities = {Note.class, Orphan.class}) public interface Blog {}"));
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_NOT_SQL_IDENTIFIER.id() + "] table \"\" of entity Note")
        .inFile(note).onLineContaining("table = \"\"");
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_NOT_SQL_IDENTIFIER.id() + "] column \"\" of Note.text")
        .inFile(note).onLineContaining("String text");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
    assertWithMessage(all(c)).that(all(c)).doesNotContain("[DV000]");
  }
  @Test
  void columnSizesNoTargetCreates() {
    JavaFileObject price = source("p.Price", "@Entity public record Price(@Id Long id,",
        "    @Column(length = -5) String label,",
        "    @Column(precision = 70) java.math.BigDecimal big,",
        "    @Column(precision = 5, scale = 6) java.math.BigDecimal odd) {}");
    JavaFileObject orphan = source("p.Orphan", "@Entity public record Orphan(String label) {}");
    Compilation c = compile(price, orphan, source("p.Blog",
        "@Database(entities = {Price.class, Orphan.class}) public interface Blog {}"));
    assertThat(c).hadErrorContaining("[" + Diagnostic.COLUMN_SIZE.id() + "] @Column(length = -5) on Price.label")
        .inFile(price).onLineContaining("length = -5");
    assertThat(c).hadErrorContaining("[" + Diagnostic.COLUMN_SIZE.id() + "] @Column(precision = 70) on Price.big")
        .inFile(price).onLineContaining("precision = 70");
    assertThat(c).hadErrorContaining("[" + Diagnostic.COLUMN_SIZE.id() + "] @Column(scale = 6) on Price.odd")
        .inFile(price).onLineContaining("scale = 6");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
  }

  @Test
  void joinColumnsOfOneNameBetweenTwoEntities() {
    JavaFileObject item = source("p.Item",
        "@Entity @ManyToMany(name = \"others\", target = Items.class, joinTable = \"item_links\")",
        "public record Item(@Id Long id) {}");
    JavaFileObject items = source("p.Items", "@Entity public record Items(@Id Long id) {}");
    JavaFileObject orphan = source("p.Orphan", "@Entity public record Orphan(String label) {}");
    Compilation c = compile(item, items, orphan, source("p.Blog",
        "@Database(entities = {Item.class, Items.class, Orphan.class}) public interface Blog {}"));
    assertThat(c).hadErrorContaining(Diagnostic.JOIN_COLUMNS_SAME.format("others", "Item", "item_id"))
        .inFile(item).onLineContaining("others");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
  }

  @Test
  void namesLongerThanPostgresKeeps() {
    String long64 = "a".repeat(64);
    JavaFileObject note = source("p.Note", "@Entity(table = \"" + long64 + "\") public record Note(@Id Long id,",
        "    String aVeryLongPropertyNameThatGoesOnAndOnUntilItIsLongerThanSixtyThreeBytes) {}");
    JavaFileObject orphan = source("p.Orphan", "@Entity public record Orphan(String label) {}");
    Compilation c = compile(note, orphan, source("p.Blog",
        "@Database(entities = {Note.class, Orphan.class}) public interface Blog {}"));
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_TOO_LONG.id() + "] table \"" + long64 + "\"")
        .inFile(note).onLineContaining(long64);
    assertThat(c).hadErrorContaining("[" + Diagnostic.NAME_TOO_LONG.id() + "] column").inFile(note)
        .onLineContaining("aVeryLongPropertyName");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
  }
  @Test
  void annotationsWhereTheyAreIgnored() {
    JavaFileObject plain = source("p.Plain",
        "@ManyToMany(name = \"tags\", target = Note.class, joinTable = \"plain_tags\")",
        "public final class Plain {}");
    JavaFileObject note = source("p.Note", "@Entity public final class Note {",
        "  @Id private final Long id;",
        "  @ManyToOne(target = Note.class) static Long parentId;",
        "  @Column(name = \"t\") private transient String cache;",
        "  public Note(@Column(name = \"ident\") Long id) { this.id = id; }",
        "  public Long getId() { return id; }",
        "}");
    JavaFileObject orphan = source("p.Orphan", "@Entity public record Orphan(String label) {}");
    Compilation c = compile(plain, note, orphan, source("p.Blog",
        "@Database(entities = {Note.class, Orphan.class}) public interface Blog {}"));
    String id = "[" + Diagnostic.MISPLACED_ANNOTATION.id() + "] ";
    assertThat(c).hadErrorContaining(id + "@ManyToMany on Plain").inFile(plain).onLineContaining("@ManyToMany");
    assertThat(c).hadErrorContaining(id + "@ManyToOne on the field Note.parentId").inFile(note)
        .onLineContaining("static Long parentId");
    assertThat(c).hadErrorContaining(id + "@Column on the field Note.cache").inFile(note)
        .onLineContaining("transient");
    assertThat(c).hadErrorContaining(id + "@Column on the constructor parameter Note.id").inFile(note)
        .onLineContaining("ident");
    assertThat(c).hadErrorContaining(Diagnostic.MISSING_ID.format("Orphan")).inFile(orphan);
  }
}
