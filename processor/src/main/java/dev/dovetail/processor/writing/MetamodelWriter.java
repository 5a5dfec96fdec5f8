package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.filter.AssociationTable;
import dev.dovetail.filter.Column;
import dev.dovetail.filter.ComparableColumn;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an entity's metamodel ({@code Post_}): a constant per column, typed by its property's Java type, for
 * typed filters, and a nested class per plain association table the entity owns ({@code Student_.Classes}). Text columns are {@link StringColumn}s (patterns), ordered values {@link ComparableColumn}s
 * (comparisons); enums and binary values plain {@link Column}s, since the database orders enums by name and
 * bytes by its own rules, which would surprise.
 */
final class MetamodelWriter {
  private final EntityModel entity;
  private final TableDef table;
  private final SchemaBuilder schema;

  MetamodelWriter(EntityModel entity, SchemaBuilder schema) {
    this.entity = entity;
    this.table = schema.table(entity);
    this.schema = schema;
  }

  JavaFile file() {
    ClassName entityType = TypeNames.entity(entity);
    ClassName self = ClassName.get(entity.packageName(), GeneratedNames.metamodel(entity.simpleName()));
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The columns of {@link $T}, table {@code $L}, for typed filters of its DAO's {@code query()} and\n"
            + "of every relationship handle returning it:\n"
            + "{@code query.where($L.$L.eq(value)).orderBy($L.$L.asc())}.\n"
            + "\n<p>Generated from the {@code @Entity} declaration: edit that, not this file.\n",
            entityType, JavaText.doc(table.name()), self.simpleName(), constant(entity.properties().get(0)), self.simpleName(),
            constant(entity.properties().get(0)))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(entity.origin().element())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<PropertyModel> properties = entity.properties();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      PropertyModel p = properties.get(i);
      ColumnDef column = table.columns().get(i);
      ClassName kind = columnClass(p);
      TypeName fieldType = kind.equals(ClassName.get(StringColumn.class))
          ? ParameterizedTypeName.get(kind, entityType)
          : ParameterizedTypeName.get(kind, entityType, TypeNames.boxed(p, entity));
      String name = constant(p);
      while (!taken.add(name)) {
        // Two properties whose snake_case forms agree (fooBar, foo_bar): the second gets a suffix.
        name += "_";
      }
      type.addField(FieldSpec.builder(fieldType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Column {@code $L}$L, mapped from {@code $L.$L}.\n", JavaText.doc(column.name()), p.id() ? " (the id)" : "",
              entity.simpleName(), p.name())
          .initializer(CodeBlock.of("new $T($S,$W$S,$W$T.$L)", fieldType, table.name(), column.name(), ColumnType.class,
              column.type().name()))
          .build());
    }
    // A nested class named like a constant would be hidden by it in Student_.NAME.COLUMN: take those names too.
    Set<String> nested = new HashSet<>(taken);
    nested.add(self.simpleName());
    for (ManyToManyModel m : entity.manyToMany()) {
      if (m.through() == null) {
        String name = GeneratedNames.associationColumns(m.name());
        while (!nested.add(name)) {
          // Relationships named alike but for case, or like the metamodel itself.
          name += "_";
        }
        type.addType(association(self.nestedClass(name), m));
      }
    }
    return JavaFile.builder(entity.packageName(), type.build()).build();
  }

  /**
   * {@code Student_.Classes}: the table and columns of the plain association table of a {@code @ManyToMany},
   * which has no entity and so no metamodel of its own.
   */
  private TypeSpec association(ClassName self, ManyToManyModel m) {
    EntityModel target = schema.target(m.target());
    String backref = m.backref().isEmpty() ? ""
        : " and of its backref {@code " + target.simpleName() + "." + m.backref() + "}";
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The association table {@code $L} of {@code $L.$L}: typed columns for the filters and orderings\n"
            + "of its handles$L, and the table for {@code db.count($L.TABLE)}.\n",
            JavaText.doc(m.joinTable()), entity.simpleName(), m.name(), backref, self.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeName tableType = ParameterizedTypeName.get(ClassName.get(AssociationTable.class), self);
    type.addField(FieldSpec.builder(tableType, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Table {@code $L}, whose rows {@code db.count(TABLE)} counts.\n", JavaText.doc(m.joinTable()))
        .initializer("new $T($S)", tableType, m.joinTable())
        .build());
    Set<String> taken = new HashSet<>(Set.of("TABLE"));
    linkColumn(type, self, taken, m, m.joinColumn(), entity);
    linkColumn(type, self, taken, m, m.inverseJoinColumn(), target);
    return type.build();
  }

  private void linkColumn(TypeSpec.Builder type, ClassName self, Set<String> taken, ManyToManyModel m, String column,
      EntityModel refersTo) {
    PropertyModel id = SchemaBuilder.idOf(refersTo);
    ClassName kind = columnClass(id);
    TypeName fieldType = kind.equals(ClassName.get(StringColumn.class))
        ? ParameterizedTypeName.get(kind, self)
        : ParameterizedTypeName.get(kind, self, TypeNames.boxed(id, refersTo));
    String name = SchemaNames.snakeCase(column).toUpperCase(Locale.ROOT);
    while (!taken.add(name)) {
      name += "_";
    }
    type.addField(FieldSpec.builder(fieldType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Column {@code $L}, the id of a {@link $T}.\n", JavaText.doc(column), TypeNames.entity(refersTo))
        .initializer(CodeBlock.of("new $T($S,$W$S,$W$T.$L)", fieldType, m.joinTable(), column, ColumnType.class,
            id.columnType().name()))
        .build());
  }

  /** {@code authorId} → {@code AUTHOR_ID}. */
  private static String constant(PropertyModel p) {
    return SchemaNames.snakeCase(p.name()).toUpperCase(Locale.ROOT);
  }

  private static ClassName columnClass(PropertyModel p) {
    return switch (p.kind()) {
      case STRING -> ClassName.get(StringColumn.class);
      case ENUM, BYTES, UNSUPPORTED -> ClassName.get(Column.class);
      default -> ClassName.get(ComparableColumn.class);
    };
  }
}
