package dev.dovetail.processor.reading;

import dev.dovetail.processor.model.ResultModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.processor.model.ValueType;
import dev.dovetail.schema.SchemaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the return types and parameter types of declared statements into the model. */
final class ResultReader {
  private static final Map<String, ResultModel.Shape> CONTAINERS = Map.of(
      "java.util.List", ResultModel.Shape.LIST,
      "java.util.Optional", ResultModel.Shape.OPTIONAL,
      "java.util.stream.Stream", ResultModel.Shape.STREAM);

  private final Elements elements;
  private final Types types;

  ResultReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** A parameter's or component's type. */
  ValueType valueType(TypeMirror type) {
    TypeElement element = TypeFacts.elementOf(type);
    String packageName = element == null ? "" : elements.getPackageOf(element).getQualifiedName().toString();
    return new ValueType(TypeFacts.sourceName(type), packageName, TypeFacts.kindOf(type),
        type.getKind().isPrimitive());
  }

  /** What a method returning {@code type}, declared in {@code packageName}, hands over. */
  ResultModel result(TypeMirror type, String packageName) {
    String javaType = TypeFacts.sourceName(type);
    if (type.getKind() == TypeKind.VOID) {
      return new ResultModel(ResultModel.Shape.VOID, "void", null);
    }
    TypeElement element = TypeFacts.elementOf(type);
    if (element != null) {
      ResultModel.Shape container = CONTAINERS.get(element.getQualifiedName().toString());
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (container != null) {
        if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
          return new ResultModel(ResultModel.Shape.UNSUPPORTED, javaType, null);
        }
        return new ResultModel(container, javaType, row(arguments.get(0), packageName));
      }
      if (!arguments.isEmpty() || types.isAssignable(types.erasure(type),
          types.erasure(elements.getTypeElement("java.lang.Iterable").asType()))) {
        return new ResultModel(ResultModel.Shape.UNSUPPORTED, javaType, null);
      }
    }
    return new ResultModel(ResultModel.Shape.ONE, javaType, row(type, packageName));
  }

  private RowModel row(TypeMirror type, String packageName) {
    TypeElement element = TypeFacts.elementOf(type);
    String elementPackage = element == null ? "" : elements.getPackageOf(element).getQualifiedName().toString();
    String name = element == null ? TypeFacts.sourceName(type) : element.getQualifiedName().toString();
    if (QueriesReader.isEntity(element)) {
      return new RowModel(RowModel.Kind.ENTITY, name, elementPackage, null, List.of(), true);
    }
    ValueType value = valueType(type);
    if (value.kind() != ValueKind.UNSUPPORTED) {
      return new RowModel(RowModel.Kind.VALUE, name, elementPackage, value, List.of(), true);
    }
    if (element != null && element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
      List<RowModel.Component> components = new ArrayList<>();
      List<TypeMirror> componentTypes = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        String componentName = component.getSimpleName().toString();
        components.add(new RowModel.Component(componentName, SchemaNames.snakeCase(componentName),
            valueType(component.asType())));
        componentTypes.add(component.asType());
      }
      return new RowModel(RowModel.Kind.RECORD, name, elementPackage, null, components,
          accessible(element, packageName, componentTypes));
    }
    return new RowModel(RowModel.Kind.UNSUPPORTED, name, elementPackage, null, List.of(), true);
  }

  /** Whether code in {@code packageName} can name {@code record} and call its canonical constructor. */
  private boolean accessible(TypeElement record, String packageName, List<TypeMirror> componentTypes) {
    boolean samePackage = elements.getPackageOf(record).getQualifiedName().contentEquals(packageName);
    for (Element e = record; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (!visible(t.getModifiers(), samePackage)) {
        return false;
      }
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<TypeMirror> parameters = constructor.getParameters().stream().map(Element::asType).toList();
      boolean canonical = parameters.size() == componentTypes.size();
      for (int i = 0; canonical && i < parameters.size(); i++) {
        canonical = types.isSameType(parameters.get(i), componentTypes.get(i));
      }
      if (canonical) {
        return visible(constructor.getModifiers(), samePackage);
      }
    }
    return false;
  }

  private static boolean visible(java.util.Set<Modifier> modifiers, boolean samePackage) {
    return modifiers.contains(Modifier.PUBLIC) || (samePackage && !modifiers.contains(Modifier.PRIVATE));
  }
}
