package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.runtime.EntityDao;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes an entity's DAO ({@code StudentDao}): CRUD inherited from {@link EntityDao}, typed finders by id, one
 * navigation method (and its batch form) per relationship, and the nested {@code Mapping}.
 */
final class DaoWriter {
  private final DatabaseModel database;
  private final EntityModel entity;
  private final SchemaBuilder schema;
  private final ClassName entityType;

  DaoWriter(DatabaseModel database, EntityModel entity, SchemaBuilder schema) {
    this.database = database;
    this.entity = entity;
    this.schema = schema;
    this.entityType = TypeNames.entity(entity);
  }

  JavaFile file() {
    TableDef table = schema.table(entity);
    RelationshipWriter relationships = new RelationshipWriter(database, entity, schema);
    TypeSpec.Builder dao = TypeSpec.classBuilder(TypeNames.dao(entity))
        .addJavadoc(javadoc(table))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(EntityDao.class), entityType))
        .addFields(relationships.fields())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A DAO running its statements in {@code ctx}. {@code $L.create(...)} makes one per entity;\n"
                + "make one directly to use this entity alone.\n", TypeNames.database(database).simpleName())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DaoContext.class, "ctx")
            .addStatement("super(ctx, $T.INSTANCE)", TypeNames.mapping(entity))
            .addCode(relationships.initializers())
            .build());
    if (!entity.ids().isEmpty()) {
      dao.addMethods(finders(table));
    }
    dao.addMethods(relationships.methods())
        .addType(new MappingWriter(entity, table).mapping());
    referrers().ifPresent(dao::addMethod);
    for (Element element : originating(relationships.related())) {
      dao.addOriginatingElement(element);
    }
    return JavaFile.builder(entity.packageName(), dao.build()).build();
  }

  private CodeBlock javadoc(TableDef table) {
    return CodeBlock.builder()
        .add("Data access for {@link $T}, stored in table {@code $L} (primary key {@code $L}).\n", entityType,
            JavaText.doc(table.name()), JavaText.doc(String.join(", ", table.primaryKey())))
        .add("\n<p>Inherits {@code insert}, {@code insertAll}, {@code update}, {@code delete}, {@code findAll},\n")
        .add("{@code query} and {@code count} from {@link $T}; adds finders by id and a method per relationship\n",
            EntityDao.class)
        .add("this entity takes part in, each with its batch form ({@code ...Of}) where it has one.\n")
        .add("\n<p>Generated from the {@code @Entity} declaration: edit that, not this file.\n")
        .build();
  }

  /** {@code findById}, {@code existsById} and {@code deleteById}: one parameter per id column, boxed. */
  private List<MethodSpec> finders(TableDef table) {
    List<PropertyModel> ids = entity.ids();
    List<String> names = new ArrayList<>();
    for (PropertyModel id : ids) {
      names.add(id.name());
    }
    String arguments = String.join(", ", names);
    StringBuilder condition = new StringBuilder();
    for (PropertyModel id : ids) {
      condition.append(condition.length() == 0 ? "" : " AND ").append(id.column()).append(" = ?");
    }
    String where = JavaText.doc("FROM " + table.name() + " WHERE " + condition);
    MethodSpec find = finder("findById", ParameterizedTypeName.get(ClassName.get(Optional.class), entityType))
        .addJavadoc("The {@link $T} with this id, if there is one: {@code SELECT ... $L}.\n", entityType, where)
        .addStatement("return findByKey($L)", arguments)
        .build();
    MethodSpec exists = finder("existsById", TypeName.BOOLEAN)
        .addJavadoc("Whether a row of {@code $L} has this id: {@code SELECT 1 $L}.\n", JavaText.doc(table.name()), where)
        .addStatement("return existsByKey($L)", arguments)
        .build();
    MethodSpec delete = finder("deleteById", TypeName.BOOLEAN)
        .addJavadoc("Deletes the row of {@code $L} with this id, returning whether there was one:\n"
            + "{@code DELETE $L}.\n", JavaText.doc(table.name()), where)
        .addStatement("return deleteByKey($L)", arguments)
        .build();
    return List.of(find, exists, delete);
  }

  private MethodSpec.Builder finder(String name, TypeName returns) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    for (PropertyModel id : entity.ids()) {
      method.addParameter(TypeNames.boxed(id, entity), id.name());
    }
    return method;
  }

  /**
   * {@code referrers()}: the mappings of the entities whose {@code @ManyToOne} refers to this one, which name
   * the referring table and column when a delete is refused; none when no entity refers to this one.
   */
  private Optional<MethodSpec> referrers() {
    List<CodeBlock> mappings = new ArrayList<>();
    for (EntityModel other : database.entities()) {
      if (other.properties().stream().anyMatch(p -> p.manyToOne() != null
          && p.manyToOne().target().equals(entity.qualifiedName()))) {
        mappings.add(CodeBlock.of("$T.INSTANCE", TypeNames.mapping(other)));
      }
    }
    if (mappings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MethodSpec.methodBuilder("referrers")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(ClassName.get(EntityMapping.class), WildcardTypeName.subtypeOf(Object.class))))
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(mappings, ",$W"))
        .build());
  }

  /** The entity, the entities its relationships name, and the database that lists them. */
  private Set<Element> originating(List<EntityModel> related) {
    Set<Element> elements = new LinkedHashSet<>();
    elements.add(entity.origin().element());
    for (EntityModel other : related) {
      elements.add(other.origin().element());
    }
    elements.add(database.origin().element());
    elements.remove(null);
    return elements;
  }
}
