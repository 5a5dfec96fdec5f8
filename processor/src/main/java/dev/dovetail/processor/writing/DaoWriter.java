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
import dev.dovetail.runtime.KeyedDao;
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
        .superclass(superclass())
        .addFields(relationships.fields())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A DAO running its statements in {@code ctx}; {@code $L} makes one per entity.\n",
                TypeNames.database(database).simpleName())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DaoContext.class, "ctx")
            .addStatement("super(ctx, $T.INSTANCE)", TypeNames.mapping(entity))
            .build());
    if (entity.ids().size() > 1) {
      dao.addMethods(finders());
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
        .add("Data access for {@link $T}, table {@code $L}: CRUD, queries, finders by id and the relationship\n",
            entityType, JavaText.doc(table.name()))
        .add("handles' statements are inherited; this class adds a method (and its batch form) per relationship.\n")
        .add("Generated from {@link $T}: edit that, not this file.\n", entityType)
        .build();
  }

  /**
   * {@link KeyedDao} for a single-column id, which has the finders by id; {@link EntityDao} for an entity with
   * a composite id, whose finders are generated, or with none.
   */
  private TypeName superclass() {
    List<PropertyModel> ids = entity.ids();
    return ids.size() == 1
        ? ParameterizedTypeName.get(ClassName.get(KeyedDao.class), entityType, TypeNames.boxed(ids.get(0), entity))
        : ParameterizedTypeName.get(ClassName.get(EntityDao.class), entityType);
  }

  /** {@code findById}, {@code existsById} and {@code deleteById} of a composite id: a parameter per column. */
  private List<MethodSpec> finders() {
    List<PropertyModel> ids = entity.ids();
    List<String> names = new ArrayList<>();
    for (PropertyModel id : ids) {
      names.add(id.name());
    }
    String arguments = String.join(", ", names);
    List<String> columns = new ArrayList<>();
    for (PropertyModel id : ids) {
      columns.add(id.column());
    }
    String where = JavaText.doc(String.join(", ", columns));
    MethodSpec find = finder("findById", ParameterizedTypeName.get(ClassName.get(Optional.class), entityType))
        .addJavadoc("The {@link $T} with this id ({@code $L}), if there is one.\n", entityType, where)
        .addStatement("return findByKey($L)", arguments)
        .build();
    MethodSpec exists = finder("existsById", TypeName.BOOLEAN)
        .addJavadoc("Whether a row has this id ({@code $L}).\n", where)
        .addStatement("return existsByKey($L)", arguments)
        .build();
    MethodSpec delete = finder("deleteById", TypeName.BOOLEAN)
        .addJavadoc("Deletes the row with this id ({@code $L}), returning whether there was one.\n", where)
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
