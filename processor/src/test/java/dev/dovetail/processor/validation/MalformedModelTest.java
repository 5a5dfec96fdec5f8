package dev.dovetail.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.OnDelete;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.Accessor;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.ManyToOneModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/**
 * The rules run on models no reader should produce (missing names, unknown targets, no origins): they may
 * report, but must never throw, or the guard would turn it into an internal error and javac's user would see
 * a crash report instead of their mistakes.
 */
class MalformedModelTest {
  /** Collects messages instead of printing them. */
  private static final class Recording implements Messager {
    final List<String> messages = new ArrayList<>();

    @Override
    public void printMessage(Kind kind, CharSequence msg) {
      messages.add(kind + " " + msg);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
      printMessage(kind, msg);
    }
  }

  private static PropertyModel property(String name, ValueKind kind, String column, boolean nullable, boolean id,
      ManyToOneModel manyToOne) {
    ColumnType type = kind == null ? null : kind.columnType();
    return new PropertyModel(name, null, kind, false, column, type, 0, 0, 0, nullable, false, false, id, id, null,
        false, name == null ? null : new Accessor(Accessor.Kind.METHOD, name), manyToOne, null);
  }

  private static EntityModel entity(String qualifiedName, String table, List<PropertyModel> properties,
      List<ManyToManyModel> manyToMany) {
    String simple = qualifiedName == null ? null : qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return new EntityModel(qualifiedName, null, simple, table, true, List.of(), properties, false, manyToMany,
        null);
  }

  @Test
  void rulesReportButNeverThrowOnAMalformedModel() {
    ManyToOneModel toNowhere = new ManyToOneModel(null, null, null, null, null);
    ManyToOneModel toSelf = new ManyToOneModel("x.A", "a", "", OnDelete.SET_NULL, null);
    ManyToOneModel toB = new ManyToOneModel("x.B", "", "b's", OnDelete.CASCADE, null);
    ManyToManyModel empty = new ManyToManyModel(null, null, null, null, null, null, null, null);
    ManyToManyModel throughUnknown = new ManyToManyModel("m", "x.A", "a", null, null, "insert", "x.Nowhere", null);
    ManyToManyModel throughSelf = new ManyToManyModel("n", "x.B", "", "a_id", "a_id", null, "x.A", null);
    EntityModel a = entity("x.A", null, List.of(
        property(null, null, null, false, true, toNowhere),
        property("", ValueKind.UNSUPPORTED, "", false, false, toSelf),
        property("bId", ValueKind.STRING, "b_id", false, false, toB)), List.of(empty, throughUnknown, throughSelf));
    EntityModel b = entity("x.B", "A", List.of(
        property("id", ValueKind.LONG, null, false, true, null),
        property("aId", ValueKind.LONG, "a_id", false, false, new ManyToOneModel("x.A", "a", "", null, null))),
        List.of());
    EntityModel nameless = entity(null, null, List.of(), List.of(empty));
    DatabaseModel database = new DatabaseModel(null, null, false, List.of(a, b, nameless, a),
        List.of("x.NotAnEntity"), null);

    Recording messager = new Recording();
    Reporter reporter = new Reporter(messager);
    for (Validator validator : Validators.all()) {
      validator.validate(database, reporter);
      validator.validate(new DatabaseModel("p", "Empty", true, List.of(), List.of(), null), reporter);
    }

    assertTrue(reporter.errorCount() > 0, "a malformed model has errors");
    assertFalse(messager.messages.stream().anyMatch(m -> m.contains("[DV000]")),
        () -> "a rule threw:\n" + String.join("\n", messager.messages));
  }

  @Test
  void aRuleThatThrowsBecomesAnInternalErrorOnTheDatabase() {
    Recording messager = new Recording();
    Reporter reporter = new Reporter(messager);
    Validator broken = (database, r) -> {
      throw new IllegalStateException("a bug in a rule");
    };
    Validators.guarded(broken).validate(new DatabaseModel("p", "School", true, List.of(), List.of(), null), reporter);
    assertEquals(1, reporter.errorCount());
    assertTrue(messager.messages.get(0).startsWith("ERROR [DV000] Dovetail failed while processing School"),
        messager.messages.get(0));
    assertTrue(messager.messages.get(0).contains("a bug in a rule"), messager.messages.get(0));
  }

  @Test
  void everyRuleIsRegisteredOnce() {
    List<String> names = Validators.all().stream().map(Object::toString).toList();
    assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    assertEquals(35, names.size(), names.toString());
  }
}
