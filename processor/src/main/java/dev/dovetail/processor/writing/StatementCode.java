package dev.dovetail.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.QueryParameterModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.processor.model.ValueKind;
import dev.dovetail.processor.model.ValueType;
import dev.dovetail.runtime.internal.DeclaredQuery;
import dev.dovetail.runtime.internal.ParameterBinder;
import dev.dovetail.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * The code a declared statement runs with: the lambda binding its parameters, and the lambda reading a row
 * into a record or a value. Both are plain code calling the dialect's typed methods.
 */
final class StatementCode {
  private StatementCode() {}

  /**
   * {@code (ps, d) -> { d.bind(ps, 1, userId, ColumnType.BIGINT); ... }}: every {@code ?} bound to its
   * parameter, by the parameter's type; the lambda's names avoid the method's parameter names.
   */
  static CodeBlock binder(QueryMethodModel method) {
    List<String> names = method.sql().names();
    if (names.isEmpty()) {
      return CodeBlock.of("$T.NONE", ParameterBinder.class);
    }
    NameAllocator allocator = new NameAllocator();
    method.parameters().forEach(p -> allocator.newName(p.name(), p));
    String ps = allocator.newName("ps");
    String d = allocator.newName("d");
    CodeBlock.Builder body = CodeBlock.builder().add("($L, $L) -> {\n$>", ps, d);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      QueryParameterModel parameter = method.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no parameter " + name));
      body.addStatement("$L.bind($L, $L, $L, $T.$L)", d, ps, i + 1, parameter.name(), ColumnType.class,
          columnType(parameter.type()).name());
    }
    return body.add("$<}").build();
  }

  /** The column type a value of {@code type} is bound as. */
  private static ColumnType columnType(ValueType type) {
    return type.kind().columnType();
  }

  /** {@code (rs, at, d) -> d.getLong(rs, at[0])}: a single value, an enum by its name. */
  static CodeBlock valueReader(RowModel row) {
    ValueType type = row.value();
    if (type.kind() != ValueKind.ENUM) {
      return CodeBlock.of("(rs, at, d) -> d.$L(rs, at[0])", TypeNames.getter(type.kind()));
    }
    return CodeBlock.builder()
        .add("(rs, at, d) -> {\n$>")
        .addStatement("$T name = d.getString(rs, at[0])", String.class)
        .addStatement("return name == null ? null : $T.valueOf(name)", TypeNames.boxed(type))
        .add("$<}")
        .build();
  }

  /**
   * {@code (rs, at, d) -> { ... return new AuthorCount(authorName, bookCount); }}: each component read from
   * its column, a primitive one refused when NULL with a message naming it.
   */
  static CodeBlock recordReader(RowModel row, String method) {
    NameAllocator names = new NameAllocator();
    String rs = names.newName("rs");
    String at = names.newName("at");
    String d = names.newName("d");
    CodeBlock.Builder body = CodeBlock.builder().add("($L, $L, $L) -> {\n$>", rs, at, d);
    List<CodeBlock> arguments = new ArrayList<>();
    String simple = row.qualifiedName().substring(row.qualifiedName().lastIndexOf('.') + 1);
    for (int i = 0; i < row.components().size(); i++) {
      RowModel.Component component = row.components().get(i);
      ValueType type = component.type();
      String local = names.newName(component.name());
      arguments.add(CodeBlock.of("$L", local));
      if (type.kind() == ValueKind.ENUM) {
        String raw = names.newName(component.name() + "Name");
        body.addStatement("$T $L = $L.getString($L, $L[$L])", String.class, raw, d, rs, at, i);
        body.addStatement("$T $L = $L == null ? null : $T.valueOf($L)", TypeNames.boxed(type), local, raw,
            TypeNames.boxed(type), raw);
      } else if (type.primitive()) {
        body.addStatement("$T $L = $T.notNull($L.$L($L, $L[$L]), $S)", TypeNames.type(type), local,
            DeclaredQuery.class, d, TypeNames.getter(type.kind()), rs, at, i,
            simple + "." + component.name() + " (" + type.sourceName() + ") in " + method);
      } else {
        body.addStatement("$T $L = $L.$L($L, $L[$L])", TypeNames.type(type), local, d, TypeNames.getter(type.kind()),
            rs, at, i);
      }
    }
    return body.addStatement("return new $T($L)", TypeNames.row(row), CodeBlock.join(arguments, ", "))
        .add("$<}")
        .build();
  }
}
