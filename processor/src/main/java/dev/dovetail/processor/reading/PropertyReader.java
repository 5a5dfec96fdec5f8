package dev.dovetail.processor.reading;

import dev.dovetail.Column;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.processor.model.Accessor;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the mapped properties of an entity: a record's components, or a class's instance fields. */
final class PropertyReader {
  private static final int DEFAULT_STRING_LENGTH = 255;
  private static final int DEFAULT_ENUM_LENGTH = 64;
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 10;

  private final Elements elements;
  private final Types types;
  private final RelationshipReader relationships;

  PropertyReader(Elements elements, Types types, RelationshipReader relationships) {
    this.elements = elements;
    this.types = types;
    this.relationships = relationships;
  }

  /**
   * A mapped member before it becomes a property.
   *
   * @param name the Java name
   * @param type its type
   * @param element where its annotations are read and its diagnostics land
   * @param accessor how generated code reads it, or null
   */
  record Member(String name, TypeMirror type, Element element, Accessor accessor) {}

  /**
   * The mapped members of {@code type}, in declaration order. For a record, each component is represented by
   * its private field: javac gives diagnostics on a record component no source position, while the field
   * carries the component's annotations and its position.
   */
  List<Member> members(TypeElement type) {
    List<Member> members = new ArrayList<>();
    List<VariableElement> fields = ElementFilter.fieldsIn(type.getEnclosedElements());
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        Element element = fields.stream().filter(f -> f.getSimpleName().contentEquals(name))
            .map(Element.class::cast).findFirst().orElse(component);
        members.add(new Member(name, component.asType(), element, new Accessor(Accessor.Kind.METHOD, name)));
      }
      return members;
    }
    for (VariableElement field : fields) {
      if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)) {
        String name = field.getSimpleName().toString();
        members.add(new Member(name, field.asType(), field, accessor(type, field)));
      }
    }
    return members;
  }

  /** The public field itself, else a visible {@code name()}, {@code getName()} or (booleans) {@code isName()}. */
  private Accessor accessor(TypeElement owner, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (field.getModifiers().contains(Modifier.PUBLIC)) {
      return new Accessor(Accessor.Kind.FIELD, name);
    }
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<String> candidates = new ArrayList<>(List.of(name, "get" + capitalized));
    TypeMirror type = field.asType();
    if (type.getKind() == TypeKind.BOOLEAN || TypeFacts.sourceName(type).equals("java.lang.Boolean")) {
      candidates.add("is" + capitalized);
    }
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(owner));
    for (String candidate : candidates) {
      for (ExecutableElement method : methods) {
        if (method.getSimpleName().contentEquals(candidate) && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)
            && types.isSameType(method.getReturnType(), type)) {
          return new Accessor(Accessor.Kind.METHOD, candidate);
        }
      }
    }
    return null;
  }

  /** Whether a visible constructor takes exactly the members' types, in order (for a record: the canonical one). */
  boolean constructible(TypeElement type, List<Member> members) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)
          || constructor.getParameters().size() != members.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < members.size() && matches; i++) {
        matches = types.isSameType(constructor.getParameters().get(i).asType(), members.get(i).type());
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }

  /** The property and column of one member, with the naming rules and size defaults applied. */
  PropertyModel property(Member member) {
    Element element = member.element();
    AnnotationMirror column = Annotations.find(element, Column.class).orElse(null);
    boolean id = Annotations.has(element, Id.class);
    boolean generated = Annotations.has(element, GeneratedValue.class);
    TypeMirror type = member.type();
    ValueKind kind = TypeFacts.kindOf(type);
    boolean primitive = type.getKind().isPrimitive();

    String written = column == null ? "" : Annotations.string(column, "name");
    String columnName = written.isEmpty() ? SchemaNames.snakeCase(member.name()) : written;
    ColumnType columnType = kind.columnType();
    int length = 0;
    int precision = 0;
    int scale = 0;
    if (kind == ValueKind.STRING || kind == ValueKind.ENUM) {
      int asked = column == null ? 0 : Annotations.integer(column, "length", 0);
      if (asked == Column.UNBOUNDED) {
        columnType = ColumnType.TEXT;
      } else {
        length = asked == 0 ? (kind == ValueKind.STRING ? DEFAULT_STRING_LENGTH : DEFAULT_ENUM_LENGTH) : asked;
      }
    } else if (kind == ValueKind.BIG_DECIMAL) {
      int askedPrecision = column == null ? 0 : Annotations.integer(column, "precision", 0);
      int askedScale = column == null ? -1 : Annotations.integer(column, "scale", -1);
      precision = askedPrecision == 0 ? DEFAULT_PRECISION : askedPrecision;
      scale = askedScale == -1 ? DEFAULT_SCALE : askedScale;
    }
    boolean nullable = !primitive && !id && (column == null || Annotations.bool(column, "nullable", true));
    boolean unique = column != null && Annotations.bool(column, "unique", false);
    boolean indexed = column != null && Annotations.bool(column, "index", false);
    String defaultValue = column != null && Annotations.value(column, "defaultValue") instanceof String literal
        ? literal : Column.NO_DEFAULT;
    boolean defaultNow = column != null && Annotations.bool(column, "defaultNow", false);

    return new PropertyModel(member.name(), TypeFacts.sourceName(type), kind, primitive, columnName, columnType,
        length, precision, scale, nullable, unique, indexed, id, generated,
        Column.NO_DEFAULT.equals(defaultValue) ? null : defaultValue, defaultNow, member.accessor(),
        relationships.manyToOne(element, member.name()), Origin.of(element));
  }
}
