package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.dialect.StoredTime;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.schema.TableDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes an entity's {@code Mapping}, nested in its DAO: the table, reading a row into a new entity through its
 * constructor, and reading a column's value from an entity through its accessor, all as plain code.
 */
final class MappingWriter {
  private final EntityModel entity;
  private final TableDef table;
  private final ClassName entityType;

  MappingWriter(EntityModel entity, TableDef table) {
    this.entity = entity;
    this.table = table;
    this.entityType = TypeNames.entity(entity);
  }

  TypeSpec mapping() {
    ClassName mapping = TypeNames.mapping(entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(mapping)
        .addJavadoc("How {@link $T} maps to table {@code $L}, column by column in declaration order.\n", entityType,
            JavaText.doc(table.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(EntityMapping.class), entityType))
        .addField(FieldSpec.builder(mapping, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The mapping; it holds no state but the table.\n")
            .initializer("new $T()", mapping)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            // Not addStatement: the table's code indents its own continuation lines.
            .addCode("super($S, $L);\n", entity.simpleName(), TableDefCode.of(table))
            .build())
        .addMethod(read())
        .addMethod(get());
    entity.properties().stream().filter(PropertyModel::generated).findFirst()
        .ifPresent(id -> type.addMethod(withGeneratedId(id)));
    if (entity.properties().stream().anyMatch(p -> storedTime(p) != null || p.kind() == ValueKind.BIG_DECIMAL)) {
      type.addMethod(asStored());
    }
    return type.build();
  }

  /** The {@link StoredTime} method that gives a value of this property as stored; null when it is stored as given. */
  private static String storedTime(PropertyModel p) {
    return switch (p.kind()) {
      case INSTANT -> "instant";
      case LOCAL_DATE_TIME -> "localDateTime";
      case OFFSET_DATE_TIME -> "offsetDateTime";
      default -> null;
    };
  }

  /**
   * A copy of the entity through its constructor, each date-time as {@link StoredTime} keeps it and each decimal
   * at its column's scale.
   */
  private MethodSpec asStored() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel p : entity.properties()) {
      String method = storedTime(p);
      if (p.kind() == ValueKind.BIG_DECIMAL) {
        arguments.add(CodeBlock.of("$T.decimal($L, $L)", StoredTime.class, p.accessor().on("e"), p.scale()));
      } else {
        arguments.add(method == null ? CodeBlock.of("$L", p.accessor().on("e"))
            : CodeBlock.of("$T.$L($L)", StoredTime.class, method, p.accessor().on("e")));
      }
    }
    return MethodSpec.methodBuilder("asStored")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entityType)
        .addParameter(entityType, "e")
        .addStatement("return new $T($L)", entityType, CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /**
   * Reads column {@code i} from JDBC column {@code at[i]} into a local, with the dialect's typed getter, then
   * calls the constructor. The runtime gives the positions: consecutive for its own queries, any order for a
   * declared query's.
   */
  private MethodSpec read() {
    NameAllocator names = new NameAllocator();
    String rs = names.newName("rs");
    String first = names.newName("at");
    String d = names.newName("d");
    MethodSpec.Builder method = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entityType)
        .addParameter(ResultSet.class, rs)
        .addParameter(TypeName.get(int[].class), first)
        .addParameter(Dialect.class, d)
        .addException(SQLException.class);
    List<CodeBlock> locals = new ArrayList<>();
    List<PropertyModel> properties = entity.properties();
    for (int i = 0; i < properties.size(); i++) {
      PropertyModel p = properties.get(i);
      String local = names.newName(p.name());
      locals.add(CodeBlock.of("$L", local));
      CodeBlock column = CodeBlock.of("$L[$L]", first, i);
      if (p.kind() == ValueKind.ENUM) {
        String raw = names.newName(p.name() + "Name");
        method.addStatement("$T $L = $L.getString($L, $L)", String.class, raw, d, rs, column);
        method.addStatement("$T $L = $L == null ? null : $T.valueOf($L)", TypeNames.type(p, entity), local, raw,
            TypeNames.type(p, entity), raw);
      } else if (p.kind() == ValueKind.BIG_DECIMAL) {
        // At the column's scale whatever the driver gives: SQLite keeps 1.00 as 1.
        method.addStatement("$T $L = $T.decimal($L.$L($L, $L), $L)", TypeNames.type(p, entity), local,
            StoredTime.class, d, TypeNames.getter(p.kind()), rs, column, p.scale());
      } else {
        method.addStatement("$T $L = $L.$L($L, $L)", TypeNames.type(p, entity), local, d, TypeNames.getter(p.kind()),
            rs, column);
      }
    }
    return method.addStatement("return new $T($L)", entityType, CodeBlock.join(locals, ",$W")).build();
  }

  /** A switch from column position to the entity's value, enums by name. */
  private MethodSpec get() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("get")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(entityType, "e")
        .addParameter(int.class, "column");
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (column) {\n$>");
    List<PropertyModel> properties = entity.properties();
    for (int i = 0; i < properties.size(); i++) {
      PropertyModel p = properties.get(i);
      String value = p.accessor().on("e");
      if (p.kind() == ValueKind.ENUM) {
        cases.add("case $L -> $L == null ? null : $L.name();\n", i, value, value);
      } else {
        cases.add("case $L -> $L;\n", i, value);
      }
    }
    cases.add("default -> throw new $T($S + column);\n", IndexOutOfBoundsException.class,
        entity.simpleName() + " has no column ");
    return method.addCode(cases.add("$<};\n").build()).build();
  }

  /** A copy of the entity through its constructor, the identity column replaced. */
  private MethodSpec withGeneratedId(PropertyModel generated) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel p : entity.properties()) {
      // The dialect reads a key as its column's canonical boxed type, so the cast always holds.
      arguments.add(p == generated ? CodeBlock.of("($T) id", TypeNames.boxed(p, entity))
          : CodeBlock.of("$L", p.accessor().on("e")));
    }
    return MethodSpec.methodBuilder("withGeneratedId")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entityType)
        .addParameter(entityType, "e")
        .addParameter(Object.class, "id")
        .addStatement("return new $T($L)", entityType, CodeBlock.join(arguments, ",$W"))
        .build();
  }
}
