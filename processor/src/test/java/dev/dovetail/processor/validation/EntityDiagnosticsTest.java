package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertOrphanReported;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.orphan;
import static dev.dovetail.processor.validation.Sources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.model.ValueKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DV1xx: the shape of entities and their columns. Each test also shows that processing went on. */
class EntityDiagnosticsTest {
  private final JavaFileObject orphan = orphan();

  @Test
  void entityWithoutId() {
    JavaFileObject note = type("Note",
        "@Entity(table = \"notes\")",
        "public record Note(String text, java.util.List<String> tags) {}");
    Compilation c = compile(note, database("School", "Note"));
    assertThat(c).failed();
    assertError(c, Diagnostic.MISSING_ID.format("Note"), note, "@Entity(table = \"notes\")");
    assertError(c, Diagnostic.UNSUPPORTED_COLUMN_TYPE.format("Note", "tags", "List<String>",
        ValueKind.supportedTypes()), note, "record Note");
  }

  @Test
  void idOfUnsupportedType() {
    JavaFileObject tag = type("Tag",
        "@Entity(table = \"tags\")",
        "public record Tag(",
        "    @Id double code,",
        "    String label) {}");
    Compilation c = compile(tag, orphan, database("School", "Tag", "Orphan"));
    assertError(c, Diagnostic.UNSUPPORTED_ID_TYPE.format("Tag", "code", "double"), tag, "@Id double code");
    assertOrphanReported(c, orphan);
  }

  @Test
  void generatedValueOnColumnThatIsNoId() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id Long id,",
        "    @GeneratedValue Long serial) {}");
    Compilation c = compile(item, orphan, database("School", "Item", "Orphan"));
    assertError(c, Diagnostic.GENERATED_NOT_ID.format("Item", "serial"), item, "@GeneratedValue Long serial");
    assertOrphanReported(c, orphan);
  }

  @Test
  void generatedValueOnPrimitiveOrNonNumericId() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(@Id @GeneratedValue long id, String name) {}");
    JavaFileObject code = type("Code",
        "@Entity(table = \"codes\")",
        "public record Code(@Id @GeneratedValue String code, String name) {}");
    Compilation c = compile(item, code, orphan, database("School", "Item", "Code", "Orphan"));
    assertError(c, Diagnostic.GENERATED_NOT_BOXED.format("Item", "id", "long", "Long"), item, "long id");
    assertError(c, Diagnostic.GENERATED_NOT_BOXED.format("Code", "code", "String", "Long"), code, "String code");
    assertOrphanReported(c, orphan);
  }

  @Test
  void twoGeneratedValues() {
    JavaFileObject ticket = type("Ticket",
        "@Entity(table = \"tickets\")",
        "public record Ticket(",
        "    @Id @GeneratedValue Long id,",
        "    @Id @GeneratedValue Long serial) {}");
    Compilation c = compile(ticket, orphan, database("School", "Ticket", "Orphan"));
    assertError(c, Diagnostic.GENERATED_TWICE.format("Ticket", "serial", "id"), ticket, "Long serial");
    assertOrphanReported(c, orphan);
  }

  @Test
  void columnOfUnsupportedType() {
    JavaFileObject file = type("Profile",
        "@Entity(table = \"profiles\")",
        "public record Profile(",
        "    @Id Long id,",
        "    java.util.Map<String, Integer> scores) {}");
    Compilation c = compile(file, orphan, database("School", "Profile", "Orphan"));
    assertError(c, Diagnostic.UNSUPPORTED_COLUMN_TYPE.format("Profile", "scores", "Map<String, Integer>",
        ValueKind.supportedTypes()), file, "scores");
    assertOrphanReported(c, orphan);
  }

  @Test
  void twoPropertiesOnOneColumn() {
    // Upper-case I is the Turkish trap: "TITLE".toLowerCase() in tr_TR is "tıtle", which would hide the clash.
    JavaFileObject book = type("Book",
        "@Entity(table = \"books\")",
        "public record Book(",
        "    @Id Long id,",
        "    String title,",
        "    @Column(name = \"TITLE\") String heading) {}");
    Compilation c = compile(book, orphan, database("School", "Book", "Orphan"));
    assertError(c, "[DV106] Book.heading maps to column \"TITLE\", which Book.title already maps to", book,
        "String heading");
    assertOrphanReported(c, orphan);
  }

  @Test
  void twoPropertiesOnOneColumnAfterNamingRules() {
    JavaFileObject person = type("Person",
        "@Entity(table = \"people\")",
        "public record Person(",
        "    @Id Long id,",
        "    String firstName,",
        "    @Column(name = \"first_name\") String givenName) {}");
    Compilation c = compile(person, orphan, database("School", "Person", "Orphan"));
    assertError(c, Diagnostic.DUPLICATE_COLUMN.format("Person", "givenName", "first_name", "Person", "firstName"),
        person, "String givenName");
    assertOrphanReported(c, orphan);
  }

  @Test
  void abstractEntity() {
    JavaFileObject shape = type("Shape",
        "@Entity(table = \"shapes\")",
        "public abstract class Shape {",
        "  @Id public Long id;",
        "  public Shape(Long id) { this.id = id; }",
        "}");
    Compilation c = compile(shape, orphan, database("School", "Shape", "Orphan"));
    assertError(c, Diagnostic.ABSTRACT_ENTITY.format("Shape"), shape, "abstract class Shape");
    assertOrphanReported(c, orphan);
  }

  @Test
  void genericEntity() {
    JavaFileObject box = type("Box",
        "@Entity(table = \"boxes\")",
        "public record Box<T>(@Id Long id, String label) {}");
    Compilation c = compile(box, orphan, database("School", "Box", "Orphan"));
    assertError(c, Diagnostic.GENERIC_ENTITY.format("Box"), box, "record Box<T>");
    assertOrphanReported(c, orphan);
  }

  @Test
  void innerEntity() {
    JavaFileObject outer = type("Outer",
        "public class Outer {",
        "  @Entity(table = \"inners\")",
        "  public class Inner {",
        "    @Id public final Long id;",
        "    public Inner(Long id) { this.id = id; }",
        "  }",
        "}");
    Compilation c = compile(outer, orphan, database("School", "Outer.Inner", "Orphan"));
    assertError(c, Diagnostic.INNER_ENTITY.format("Inner"), outer, "class Inner");
    assertOrphanReported(c, orphan);
  }

  @Test
  void entityOnAnInterfaceOrEnum() {
    JavaFileObject named = type("Named",
        "@Entity(table = \"named\")",
        "public interface Named {}");
    JavaFileObject color = type("Color",
        "@Entity(table = \"colors\")",
        "public enum Color { RED }");
    Compilation c = compile(named, color, orphan, database("School", "Named", "Color", "Orphan"));
    assertError(c, Diagnostic.ENTITY_NOT_A_CLASS.format("Named", "an interface"), named, "@Entity");
    assertError(c, Diagnostic.ENTITY_NOT_A_CLASS.format("Color", "an enum"), color, "@Entity");
    assertOrphanReported(c, orphan);
  }

  @Test
  void classWithoutConstructorTakingEveryField() {
    JavaFileObject account = type("Account",
        "@Entity(table = \"accounts\")",
        "public class Account {",
        "  @Id private final Long id;",
        "  private final String owner;",
        "  public Account(Long id) { this.id = id; this.owner = null; }",
        "  public Long getId() { return id; }",
        "  public String getOwner() { return owner; }",
        "}");
    Compilation c = compile(account, orphan, database("School", "Account", "Orphan"));
    assertError(c, Diagnostic.NO_CONSTRUCTOR.format("Account", "Account(Long id, String owner)"), account,
        "@Entity(table = \"accounts\")");
    assertOrphanReported(c, orphan);
  }

  @Test
  void fieldWithoutAccessor() {
    JavaFileObject ledger = type("Ledger",
        "@Entity(table = \"ledgers\")",
        "public class Ledger {",
        "  @Id private final Long id;",
        "  private final String secret;",
        "  public Ledger(Long id, String secret) { this.id = id; this.secret = secret; }",
        "  public Long id() { return id; }",
        "}");
    Compilation c = compile(ledger, orphan, database("School", "Ledger", "Orphan"));
    assertError(c, Diagnostic.NO_ACCESSOR.format("Ledger", "secret", "secret", "getSecret"), ledger,
        "private final String secret");
    assertOrphanReported(c, orphan);
  }
}
