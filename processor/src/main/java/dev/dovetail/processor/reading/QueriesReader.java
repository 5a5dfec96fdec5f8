package dev.dovetail.processor.reading;

import dev.dovetail.Entity;
import dev.dovetail.Queries;
import dev.dovetail.Query;
import dev.dovetail.Update;
import dev.dovetail.processor.model.NamedSql;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.QueryParameterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a type listed in {@code @Database(queries = ...)}: whether it can be implemented, and each abstract
 * method's statement, parameters and result. Records every fact the validators judge and reports nothing.
 */
final class QueriesReader {
  private final Elements elements;
  private final ResultReader results;

  QueriesReader(Elements elements, ResultReader results) {
    this.elements = elements;
    this.results = results;
  }

  QueriesModel read(TypeElement type) {
    AnnotationMirror queries = Annotations.find(type, Queries.class).orElse(null);
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    List<QueryMethodModel> methods = new ArrayList<>();
    String problem = problem(type);
    if (problem == null) {
      for (ExecutableElement method : abstractMethods(type)) {
        methods.add(method(method, packageName));
      }
    }
    return new QueriesModel(type.getQualifiedName().toString(), packageName, type.getSimpleName().toString(),
        queries != null, problem, type.getKind() == ElementKind.INTERFACE, methods,
        queries == null ? Origin.of(type) : Origin.of(type, queries));
  }

  /** Why the generated class cannot implement or extend {@code type}; null when it can. */
  private String problem(TypeElement type) {
    ElementKind kind = type.getKind();
    Set<Modifier> modifiers = type.getModifiers();
    if (kind == ElementKind.CLASS && !modifiers.contains(Modifier.ABSTRACT)) {
      return "a concrete class";
    }
    if (kind != ElementKind.CLASS && kind != ElementKind.INTERFACE) {
      return kind == ElementKind.ENUM ? "an enum" : kind == ElementKind.RECORD ? "a record" : "an annotation type";
    }
    if (!type.getTypeParameters().isEmpty()) {
      return "generic";
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return "private, or nested in a private type";
      }
    }
    if (kind == ElementKind.CLASS) {
      if (type.getNestingKind() != NestingKind.TOP_LEVEL && !modifiers.contains(Modifier.STATIC)) {
        return "an inner class (not static)";
      }
      boolean constructible = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
      if (!constructible) {
        return "an abstract class without a constructor taking no arguments that its subclass can call";
      }
    }
    return null;
  }

  /** Its own abstract methods in declaration order, then inherited ones not overridden. */
  private List<ExecutableElement> abstractMethods(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        out.add(method);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !method.getEnclosingElement().equals(type)
          && out.stream().noneMatch(own -> elements.overrides(own, method, type))) {
        out.add(method);
      }
    }
    return out;
  }

  private QueryMethodModel method(ExecutableElement method, String packageName) {
    AnnotationMirror query = Annotations.find(method, Query.class).orElse(null);
    AnnotationMirror update = Annotations.find(method, Update.class).orElse(null);
    QueryMethodModel.Kind kind = query != null && update != null ? QueryMethodModel.Kind.BOTH
        : query != null ? QueryMethodModel.Kind.QUERY
        : update != null ? QueryMethodModel.Kind.UPDATE : QueryMethodModel.Kind.NONE;
    AnnotationMirror annotation = query != null ? query : update;
    NamedSql sql = annotation == null ? null : NamedSql.parse(Annotations.string(annotation, "value"));
    boolean checked = annotation == null || Annotations.bool(annotation, "checked", true);
    List<QueryParameterModel> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(new QueryParameterModel(parameter.getSimpleName().toString(),
          results.valueType(parameter.asType()), Origin.of(parameter)));
    }
    Set<Modifier> modifiers = method.getModifiers();
    String visibility = modifiers.contains(Modifier.PUBLIC) || method.getEnclosingElement().getKind().isInterface()
        ? "public" : modifiers.contains(Modifier.PROTECTED) ? "protected" : "";
    return new QueryMethodModel(method.getSimpleName().toString(), kind, sql, checked,
        !method.getTypeParameters().isEmpty(), visibility, parameters,
        results.result(method.getReturnType(), packageName),
        annotation == null ? Origin.of(method) : Origin.of(method, annotation));
  }

  /** Whether {@code element} is an entity. */
  static boolean isEntity(Element element) {
    return element != null && Annotations.has(element, Entity.class);
  }
}
