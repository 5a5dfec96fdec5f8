package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.OrderKeys;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.runtime.ManyToManyHandle;
import dev.dovetail.runtime.OneToManyHandle;
import dev.dovetail.runtime.internal.ForeignKeySpec;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.runtime.internal.ManyToManySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the relationship members of one entity's DAO: for each relationship it takes part in, a spec field
 * (created in the constructor, so that DAOs never refer to each other during class initialization) and its
 * navigation methods. An entity takes part in the {@code @ManyToMany}s it owns, those targeting it with a
 * backref, its own {@code @ManyToOne}s, and those referring to it with a backref.
 */
final class RelationshipWriter {
  private final DatabaseModel database;
  private final EntityModel entity;
  private final SchemaBuilder schema;
  private final NameAllocator fieldNames = new NameAllocator();
  private final List<FieldSpec> fields = new ArrayList<>();
  private final CodeBlock.Builder initializers = CodeBlock.builder();
  private final List<MethodSpec> methods = new ArrayList<>();
  /** The entities this DAO refers to, for the originating elements. */
  private final List<EntityModel> related = new ArrayList<>();

  RelationshipWriter(DatabaseModel database, EntityModel entity, SchemaBuilder schema) {
    this.database = database;
    this.entity = entity;
    this.schema = schema;
    for (ManyToManyModel m : entity.manyToMany()) {
      manyToMany(entity, m, false);
    }
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel m : owner.manyToMany()) {
        if (m.target().equals(entity.qualifiedName()) && !m.backref().isEmpty()) {
          manyToMany(owner, m, true);
        }
      }
    }
    List<PropertyModel> properties = entity.properties();
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).manyToOne() != null) {
        foreignKey(entity, properties.get(i), i, false);
      }
    }
    for (EntityModel child : database.entities()) {
      List<PropertyModel> childProperties = child.properties();
      for (int i = 0; i < childProperties.size(); i++) {
        PropertyModel p = childProperties.get(i);
        if (p.manyToOne() != null && p.manyToOne().target().equals(entity.qualifiedName())
            && !p.manyToOne().backref().isEmpty()) {
          foreignKey(child, p, i, true);
        }
      }
    }
  }

  List<FieldSpec> fields() {
    return fields;
  }

  CodeBlock initializers() {
    return initializers.build();
  }

  List<MethodSpec> methods() {
    return methods;
  }

  List<EntityModel> related() {
    return related;
  }

  private void manyToMany(EntityModel owner, ManyToManyModel m, boolean inverse) {
    EntityModel target = schema.target(m.target());
    EntityModel other = inverse ? owner : target;
    related.add(other);
    String name = inverse ? m.backref() : m.name();
    String field = fieldNames.newName(name + "Spec");
    ParameterizedTypeName specType = ParameterizedTypeName.get(ClassName.get(ManyToManySpec.class),
        TypeNames.entity(entity), TypeNames.entity(other));
    fields.add(FieldSpec.builder(specType, field, Modifier.PRIVATE, Modifier.FINAL).build());
    // Type arguments written out rather than <>: javac infers a diamond's, which costs on a large model.
    String order = OrderKeys.canonical(m.orderBy(), target);
    String inverseOrder = OrderKeys.canonical(m.backrefOrderBy(), owner);
    CodeBlock orders = order.isEmpty() && inverseOrder.isEmpty() ? CodeBlock.of("")
        : CodeBlock.of(",$W$S,$W$S", order, inverseOrder);
    CodeBlock spec = CodeBlock.of("new $T($S,$W$S,$W$S,$W$S,\n$T.INSTANCE, $T.INSTANCE, $S$L)",
        ParameterizedTypeName.get(ClassName.get(ManyToManySpec.class), TypeNames.entity(owner),
            TypeNames.entity(target)),
        owner.simpleName() + "." + m.name(), m.joinTable(), m.joinColumn(), m.inverseJoinColumn(),
        TypeNames.mapping(owner), TypeNames.mapping(target), linkRequires(m), orders);
    if (inverse) {
      spec = CodeBlock.of("$L\n.inverse($S)", spec, entity.simpleName() + "." + m.backref());
    }
    initializers.addStatement("this.$N = $L", field, spec);

    String ownerColumn = inverse ? m.inverseJoinColumn() : m.joinColumn();
    String otherColumn = inverse ? m.joinColumn() : m.inverseJoinColumn();
    String declaredOrder = inverse ? inverseOrder : order;
    CodeBlock shape = CodeBlock.of("{@code SELECT t.* FROM $L t JOIN $L j ON j.$L = t.$L WHERE j.$L = ?$L}",
        JavaText.doc(other.table()), JavaText.doc(m.joinTable()), JavaText.doc(otherColumn),
        JavaText.doc(SchemaBuilder.idOf(other).column()), JavaText.doc(ownerColumn),
        declaredOrder.isEmpty() ? "" : JavaText.doc(" ORDER BY " + declaredOrder));
    String one = new NameAllocator().newName(TypeNames.one(entity));
    CodeBlock declared = inverse
        ? CodeBlock.of("{@code $L.$L}, the reverse of {@code $L.$L}", entity.simpleName(), m.backref(),
            owner.simpleName(), m.name())
        : CodeBlock.of("{@code $L.$L}", owner.simpleName(), m.name());
    methods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("The {@link $T} entities linked to {@code $L}\n($L)\nby rows of {@code $L}$L:\n$L.\n"
            + "The handle filters, orders and pages that query, and adds and removes links\n"
            + "as rows of {@code $L}.\n",
            TypeNames.entity(other), one, declared, JavaText.doc(m.joinTable()),
            m.through() == null ? "" : " (the table of association entity {@link " + simpleName(m.through()) + "})",
            shape, JavaText.doc(m.joinTable()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(ManyToManyHandle.class), TypeNames.entity(entity),
            TypeNames.entity(other)))
        .addParameter(TypeNames.entity(entity), one)
        .addStatement("return manyToMany($N, $L)", field, one)
        .build());
    ParameterizedTypeName handle = ParameterizedTypeName.get(ClassName.get(ManyToManyHandle.class),
        TypeNames.entity(entity), TypeNames.entity(other));
    byId(name, handle, "manyToManyById", field);
    methods.add(batchLoader(name, field, "loadManyToMany", TypeNames.entity(other),
        CodeBlock.of("the {@link $T} entities linked to each by rows of {@code $L}", TypeNames.entity(other),
            JavaText.doc(m.joinTable())), JavaText.doc("j." + ownerColumn)));
    batchLoaderByIds(name, field, "loadManyToManyByIds", TypeNames.entity(other));
  }

  private void foreignKey(EntityModel child, PropertyModel p, int column, boolean parentSide) {
    EntityModel parent = schema.target(p.manyToOne().target());
    related.add(parentSide ? child : parent);
    String name = parentSide ? p.manyToOne().backref() : p.manyToOne().name();
    String field = fieldNames.newName(name + "Spec");
    ParameterizedTypeName specType = ParameterizedTypeName.get(ClassName.get(ForeignKeySpec.class),
        TypeNames.entity(child), TypeNames.entity(parent));
    fields.add(FieldSpec.builder(specType, field, Modifier.PRIVATE, Modifier.FINAL).build());
    String backref = p.manyToOne().backref().isEmpty() ? "" : parent.simpleName() + "." + p.manyToOne().backref();
    String order = OrderKeys.canonical(p.manyToOne().backrefOrderBy(), child);
    // Trailing arguments only where they differ from the spec's defaults: no orphan removal, no declared order.
    CodeBlock tail = !order.isEmpty() ? CodeBlock.of(",$W$L,$W$S", p.manyToOne().orphanRemoval(), order)
        : p.manyToOne().orphanRemoval() ? CodeBlock.of(", true") : CodeBlock.of("");
    initializers.addStatement("this.$N = new $T($S,$W$S,\n$T.INSTANCE, $L, $T.INSTANCE, $L$L)", field, specType,
        child.simpleName() + "." + p.manyToOne().name(), backref, TypeNames.mapping(child),
        column, TypeNames.mapping(parent), p.nullable(), tail);
    String one = new NameAllocator().newName(TypeNames.one(entity));
    String parentId = SchemaBuilder.idOf(parent).column();
    if (!parentSide) {
      methods.add(MethodSpec.methodBuilder(name)
          .addJavadoc("The {@link $T} that {@code $L.$L} refers to ({@code $L.$L}):\n"
              + "{@code SELECT * FROM $L WHERE $L = ?}, bound to column {@code $L.$L};\nempty when it is null.\n",
              TypeNames.entity(parent), one, p.name(), child.simpleName(), p.manyToOne().name(),
              JavaText.doc(parent.table()), JavaText.doc(parentId), JavaText.doc(child.table()),
              JavaText.doc(p.column()))
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), TypeNames.entity(parent)))
          .addParameter(TypeNames.entity(entity), one)
          .addStatement("return manyToOne($N, $L)", field, one)
          .build());
      byId(name, ParameterizedTypeName.get(ClassName.get(Optional.class), TypeNames.entity(parent)),
          "manyToOneById", field);
      return;
    }
    methods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("The {@link $T} entities whose {@code $L} refers to {@code $L}\n"
            + "({@code $L.$L}, the reverse of {@code $L.$L}):\n{@code SELECT * FROM $L WHERE $L = ?$L}.\n"
            + "The handle filters, orders and pages that query;\n{@code add} and {@code remove} set column"
            + " {@code $L}.\n", TypeNames.entity(child), JavaText.doc(p.column()), one, entity.simpleName(),
            p.manyToOne().backref(), child.simpleName(), p.manyToOne().name(), JavaText.doc(child.table()),
            JavaText.doc(p.column()), order.isEmpty() ? "" : JavaText.doc(" ORDER BY " + order),
            JavaText.doc(p.column()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(OneToManyHandle.class), TypeNames.entity(child),
            TypeNames.entity(entity)))
        .addParameter(TypeNames.entity(entity), one)
        .addStatement("return oneToMany($N, $L)", field, one)
        .build());
    byId(name, ParameterizedTypeName.get(ClassName.get(OneToManyHandle.class), TypeNames.entity(child),
        TypeNames.entity(entity)), "oneToManyById", field);
    methods.add(batchLoader(name, field, "loadOneToMany", TypeNames.entity(child),
        CodeBlock.of("the {@link $T} entities whose {@code $L} refers to each", TypeNames.entity(child),
            JavaText.doc(p.column())), JavaText.doc("t." + p.column())));
    batchLoaderByIds(name, field, "loadOneToManyByIds", TypeNames.entity(child));
  }

  /**
   * {@code classes(long studentId)}: the navigation {@code name} of the entity with this id, which is not read.
   * An integer id is taken as its primitive, so that {@code classes(null)} still means the entity form.
   */
  private void byId(String name, TypeName returns, String opener, String field) {
    Optional<PropertyModel> id = entity.singleId();
    if (id.isEmpty()) {
      return;
    }
    String param = new NameAllocator().newName(TypeNames.one(entity) + "Id");
    methods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("{@link #$L($T)} of the {@link $T} whose id is {@code $L}, without reading it.\n", name,
            TypeNames.entity(entity), TypeNames.entity(entity), param)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameter(idType(id.get()), param)
        .addStatement("return $L($N, $N)", opener, field, param)
        .build());
  }

  /** {@code classesOfIds(studentIds)}: the batch loader keyed by the owners' ids, which are not read. */
  private void batchLoaderByIds(String name, String field, String loader, TypeName other) {
    Optional<PropertyModel> id = entity.singleId();
    if (id.isEmpty()) {
      return;
    }
    TypeName key = TypeNames.boxed(id.get(), entity);
    String param = new NameAllocator().newName(TypeNames.one(entity) + "Ids");
    methods.add(MethodSpec.methodBuilder(GeneratedNames.batchLoaderByIds(name))
        .addJavadoc("{@link #$L} keyed by id: the same query for the {@link $T} entities whose ids are\n"
            + "{@code $L}, which are not read. Each id maps to a list, empty when it has none.\n",
            GeneratedNames.batchLoader(name), TypeNames.entity(entity), param)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), key,
            ParameterizedTypeName.get(ClassName.get(List.class), other)))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(key)),
            param)
        .addStatement("return $L($N, $N)", loader, field, param)
        .build());
  }

  /** An integer id as its primitive, other ids (text, UUID) as declared. */
  private TypeName idType(PropertyModel id) {
    return switch (id.kind()) {
      case SHORT -> TypeName.SHORT;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      default -> TypeNames.boxed(id, entity);
    };
  }

  /** {@code classesOf(students)}: one relationship of many entities, loaded in one query per chunk. */
  private MethodSpec batchLoader(String name, String field, String loader, TypeName other, CodeBlock what,
      String key) {
    String many = new NameAllocator().newName(TypeNames.many(entity));
    TypeName self = TypeNames.entity(entity);
    return MethodSpec.methodBuilder(GeneratedNames.batchLoader(name))
        .addJavadoc("{@link #$L} of every entity of {@code $L} at once:\n$L,\n"
            + "loaded in one query per chunk of keys ({@code ... WHERE $L IN (...)}),\n"
            + "never one per entity. Each entity maps to a list, empty when it has none.\n", name, many, what, key)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), self,
            ParameterizedTypeName.get(ClassName.get(List.class), other)))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(self)),
            many)
        .addStatement("return $L($N, $L)", loader, field, many)
        .build();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /**
   * For a {@code through} relationship, the association entity's required columns that a link cannot fill: those
   * {@code NOT NULL} without a default (the database fills a defaulted one).
   */
  private String linkRequires(ManyToManyModel m) {
    if (m.through() == null) {
      return "";
    }
    return database.entity(m.through()).map(through -> through.properties().stream()
            .filter(p -> !p.column().equals(m.joinColumn()) && !p.column().equals(m.inverseJoinColumn()))
            .filter(p -> !p.nullable() && !p.generated() && !p.hasDefault())
            .map(PropertyModel::column)
            .collect(Collectors.joining(", ")))
        .orElse("");
  }
}
