package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.filter.Column;
import dev.dovetail.filter.ComparableColumn;
import dev.dovetail.filter.StringColumn;
import dev.dovetail.processor.model.EntityModel;
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
 * typed filters. Text columns are {@link StringColumn}s (patterns), ordered values {@link ComparableColumn}s
 * (comparisons); enums and binary values plain {@link Column}s, since the database orders enums by name and
 * bytes by its own rules, which would surprise.
 */
final class MetamodelWriter {
  private final EntityModel entity;
  private final TableDef table;

  MetamodelWriter(EntityModel entity, TableDef table) {
    this.entity = entity;
    this.table = table;
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
    return JavaFile.builder(entity.packageName(), type.build()).build();
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
