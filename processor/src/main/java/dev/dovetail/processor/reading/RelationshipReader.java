package dev.dovetail.processor.reading;

import dev.dovetail.Entity;
import dev.dovetail.ManyToMany;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.ManyToOneModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @ManyToOne} and {@code @ManyToMany} declarations with their defaults applied. Targets are kept
 * as the qualified names written, whether or not they are entities of the database: judging them is the
 * validators' work.
 */
final class RelationshipReader {

  /** The {@code @ManyToOne} on {@code element}, or null. */
  ManyToOneModel manyToOne(Element element, String fieldName) {
    AnnotationMirror mirror = Annotations.find(element, ManyToOne.class).orElse(null);
    if (mirror == null) {
      return null;
    }
    String name = Annotations.string(mirror, "name");
    String onDelete = Annotations.enumConstant(mirror, "onDelete");
    OnDelete action = OnDelete.RESTRICT;
    for (OnDelete candidate : OnDelete.values()) {
      if (candidate.name().equals(onDelete)) {
        action = candidate;
      }
    }
    return new ManyToOneModel(TypeFacts.qualifiedName(Annotations.type(mirror, "target")),
        name.isEmpty() ? GeneratedNames.manyToOne(fieldName) : name, Annotations.string(mirror, "backref"), action,
        Annotations.bool(mirror, "orphanRemoval", false), Origin.of(element, mirror),
        strings(mirror, "backrefOrderBy"));
  }

  /** Every {@code @ManyToMany} on {@code owner}, written once or repeated, in source order. */
  List<ManyToManyModel> manyToMany(TypeElement owner, String ownerTable) {
    List<ManyToManyModel> out = new ArrayList<>();
    for (AnnotationMirror mirror : Annotations.findRepeatable(owner, ManyToMany.class, ManyToMany.List.class)) {
      out.add(manyToMany(owner, ownerTable, mirror));
    }
    return out;
  }

  private ManyToManyModel manyToMany(TypeElement owner, String ownerTable, AnnotationMirror mirror) {
    TypeMirror target = Annotations.type(mirror, "target");
    TypeMirror throughType = Annotations.type(mirror, "through");
    String through = null;
    if (throughType == null) {
      // An unresolved class literal; the database is deferred or reported before this model is judged.
      through = Annotations.value(mirror, "through") instanceof String ? "<error>" : null;
    } else if (throughType.getKind() != TypeKind.VOID) {
      through = TypeFacts.qualifiedName(throughType);
    }
    TypeElement throughElement = TypeFacts.elementOf(throughType);
    String joinTable = throughElement != null && Annotations.has(throughElement, Entity.class)
        ? tableOf(throughElement) : Annotations.string(mirror, "joinTable");
    String joinColumn = Annotations.string(mirror, "joinColumn");
    String inverseJoinColumn = Annotations.string(mirror, "inverseJoinColumn");
    TypeElement targetElement = TypeFacts.elementOf(target);
    String targetTable = targetElement == null ? "" : tableOf(targetElement);
    return new ManyToManyModel(
        Annotations.string(mirror, "name"),
        TypeFacts.qualifiedName(target),
        joinTable,
        joinColumn.isEmpty() ? keyColumn(ownerTable) : joinColumn,
        inverseJoinColumn.isEmpty() ? keyColumn(targetTable) : inverseJoinColumn,
        Annotations.string(mirror, "backref"),
        through,
        Origin.of(owner, mirror),
        strings(mirror, "orderBy"),
        strings(mirror, "backrefOrderBy"));
  }

  /** A {@code String[]} attribute; its unreadable elements left out. */
  private static List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(mirror, attribute)) {
      if (value.getValue() instanceof String s) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The table of a type: {@code @Entity(table)}, else the snake_case form of its simple name. */
  static String tableOf(TypeElement type) {
    String table = Annotations.find(type, Entity.class).map(m -> Annotations.string(m, "table")).orElse("");
    return table.isEmpty() ? SchemaNames.snakeCase(type.getSimpleName().toString()) : table;
  }

  /** {@code students} → {@code student_id}: the default join column referring to a table's rows. */
  static String keyColumn(String table) {
    return GeneratedNames.singular(table) + "_id";
  }
}
