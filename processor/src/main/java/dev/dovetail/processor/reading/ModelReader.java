package dev.dovetail.processor.reading;

import dev.dovetail.Database;
import dev.dovetail.Entity;
import dev.dovetail.ManyToMany;
import dev.dovetail.ManyToOne;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.QueriesModel;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Database} type and its entities into the model. Reports nothing and never throws on bad
 * input: every fact the validators judge is recorded in the model (shape problems, unsupported types, missing
 * accessors or constructors, listed types that are not entities, relationship targets as written).
 */
public final class ModelReader {
  private final ProcessingEnvironment env;
  private final PropertyReader properties;
  private final RelationshipReader relationships = new RelationshipReader();
  private final QueriesReader queries;

  /** @param env the processing environment */
  public ModelReader(ProcessingEnvironment env) {
    this.env = env;
    this.properties = new PropertyReader(env.getElementUtils(), env.getTypeUtils(), relationships);
    this.queries = new QueriesReader(env.getElementUtils(),
        new ResultReader(env.getElementUtils(), env.getTypeUtils()));
  }

  /**
   * Descriptions of the types the database's declarations refer to that are not resolved yet: listed entities,
   * the types of their properties, and their relationship targets. Another processor may generate them in a
   * later round, so the database waits rather than being judged on half-known types.
   */
  public List<String> unresolved(TypeElement database) {
    List<String> out = new ArrayList<>();
    AnnotationMirror mirror = Annotations.find(database, Database.class).orElse(null);
    if (mirror == null) {
      return out;
    }
    for (AnnotationValue listed : Annotations.list(mirror, "entities")) {
      if (!(listed.getValue() instanceof TypeMirror type) || TypeFacts.isUnresolved(type)) {
        out.add("an entity listed in @Database of " + database.getSimpleName());
        continue;
      }
      TypeElement entity = TypeFacts.elementOf(type);
      if (entity != null && Annotations.has(entity, Entity.class)) {
        unresolvedIn(entity, out);
      }
    }
    for (AnnotationValue listed : Annotations.list(mirror, "queries")) {
      if (!(listed.getValue() instanceof TypeMirror type) || TypeFacts.isUnresolved(type)) {
        out.add("a type listed in the queries of @Database " + database.getSimpleName());
      } else if (TypeFacts.elementOf(type) != null) {
        unresolvedQueries(TypeFacts.elementOf(type), out);
      }
    }
    return out;
  }

  /** The unresolved parameter and return types of a queries type's methods (a generated row record, say). */
  private static void unresolvedQueries(TypeElement type, List<String> out) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String where = type.getSimpleName() + "." + method.getSimpleName();
      if (TypeFacts.isUnresolved(method.getReturnType())) {
        out.add(method.getReturnType() + " (the return type of " + where + ")");
      }
      for (VariableElement parameter : method.getParameters()) {
        if (TypeFacts.isUnresolved(parameter.asType())) {
          out.add(parameter.asType() + " (the type of parameter " + parameter.getSimpleName() + " of " + where + ")");
        }
      }
    }
  }

  private void unresolvedIn(TypeElement entity, List<String> out) {
    String owner = entity.getSimpleName().toString();
    for (PropertyReader.Member member : properties.members(entity)) {
      String where = owner + "." + member.name();
      if (TypeFacts.isUnresolved(member.type())) {
        out.add(member.type() + " (the type of " + where + ")");
      }
      Annotations.find(member.element(), ManyToOne.class)
          .ifPresent(m -> checkClass(m, "target", "the target of @ManyToOne on " + where, out));
    }
    for (AnnotationMirror m : Annotations.findRepeatable(entity, ManyToMany.class, ManyToMany.List.class)) {
      String where = "@ManyToMany(name = \"" + Annotations.string(m, "name") + "\") on " + owner;
      checkClass(m, "target", "the target of " + where, out);
      checkClass(m, "through", "the through entity of " + where, out);
    }
  }

  private static void checkClass(AnnotationMirror mirror, String attribute, String what, List<String> out) {
    TypeMirror type = Annotations.type(mirror, attribute);
    if (type == null) {
      out.add(what);
    } else if (TypeFacts.isUnresolved(type)) {
      out.add(type + " (" + what + ")");
    }
  }

  /** The model of the database annotated on {@code database}. */
  public DatabaseModel read(TypeElement database) {
    AnnotationMirror mirror = Annotations.find(database, Database.class).orElse(null);
    List<EntityModel> entities = new ArrayList<>();
    List<String> notEntities = new ArrayList<>();
    List<QueriesModel> listedQueries = new ArrayList<>();
    if (mirror != null) {
      for (AnnotationValue listed : Annotations.list(mirror, "queries")) {
        TypeElement element = listed.getValue() instanceof TypeMirror t ? TypeFacts.elementOf(t) : null;
        if (element != null) {
          listedQueries.add(queries.read(element));
        }
      }
      for (AnnotationValue listed : Annotations.list(mirror, "entities")) {
        TypeMirror type = listed.getValue() instanceof TypeMirror t ? t : null;
        TypeElement element = TypeFacts.elementOf(type);
        if (element != null && Annotations.has(element, Entity.class)) {
          entities.add(entity(element));
        } else {
          notEntities.add(type == null ? String.valueOf(listed.getValue()) : TypeFacts.qualifiedName(type));
        }
      }
    }
    String packageName = env.getElementUtils().getPackageOf(database).getQualifiedName().toString();
    return new DatabaseModel(packageName, database.getSimpleName().toString(),
        database.getKind() == ElementKind.INTERFACE, entities, notEntities, listedQueries,
        mirror == null ? "" : Annotations.string(mirror, "target"),
        mirror == null ? Origin.of(database) : Origin.of(database, mirror), database.getQualifiedName().toString());
  }

  /** The model of one {@code @Entity} type, listed by a database or not. */
  public EntityModel entity(TypeElement type) {
    List<EntityModel.Shape> problems = problems(type);
    boolean isClass = !problems.contains(EntityModel.Shape.NOT_A_CLASS);
    List<PropertyReader.Member> members = isClass ? properties.members(type) : List.of();
    List<PropertyModel> mapped = new ArrayList<>();
    for (PropertyReader.Member member : members) {
      mapped.add(properties.property(member));
    }
    String table = RelationshipReader.tableOf(type);
    String packageName = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    AnnotationMirror entity = Annotations.find(type, Entity.class).orElseThrow();
    return new EntityModel(type.getQualifiedName().toString(), packageName, type.getSimpleName().toString(), table,
        type.getKind() == ElementKind.RECORD, problems, mapped, isClass && properties.constructible(type, members),
        relationships.manyToMany(type, table), Origin.of(type, entity));
  }

  private static List<EntityModel.Shape> problems(TypeElement type) {
    List<EntityModel.Shape> problems = new ArrayList<>();
    ElementKind kind = type.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      problems.add(EntityModel.Shape.NOT_A_CLASS);
    }
    if (kind == ElementKind.CLASS && type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(EntityModel.Shape.ABSTRACT);
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(EntityModel.Shape.GENERIC);
    }
    // Records, enums and interfaces nested in a type are implicitly static.
    if (kind == ElementKind.CLASS && type.getNestingKind() != NestingKind.TOP_LEVEL
        && !type.getModifiers().contains(Modifier.STATIC)) {
      problems.add(EntityModel.Shape.INNER);
    }
    return problems;
  }
}
