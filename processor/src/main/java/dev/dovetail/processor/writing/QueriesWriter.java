package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.JavaNames;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.processor.model.QueryMethodModel;
import dev.dovetail.processor.model.QueryParameterModel;
import dev.dovetail.processor.model.ResultModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.DeclaredQuery;
import dev.dovetail.runtime.internal.DeclaredUpdate;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.schema.SchemaNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the implementation of a {@code @Queries} type ({@code ReportsImpl}): a constant per statement holding
 * its SQL (named parameters replaced by {@code ?}) and how its rows are read, and each method binding its
 * parameters and running the statement on the context, so that it joins the context's transaction.
 */
final class QueriesWriter {
  private final DatabaseModel database;
  private final QueriesModel queries;

  QueriesWriter(DatabaseModel database, QueriesModel queries) {
    this.database = database;
    this.queries = queries;
  }

  JavaFile file() {
    ClassName declared = TypeNames.className(queries.packageName(), queries.qualifiedName());
    ClassName self = ClassName.get(queries.packageName(), GeneratedNames.queriesImpl(queries.simpleName()));
    String accessor = JavaNames.queriesAccessor(queries.simpleName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The statements of {@link $T}, checked against the schema of {@code $L} when this was generated.\n"
            + "Get it from {@code $L.$L()}; inside {@code db.inTransaction(tx -> tx.$L()...)}\n"
            + "its statements join the transaction.\n"
            + "\n<p>Generated from the {@code @Queries} declaration: edit that, not this file.\n",
            declared, database.simpleName(), GeneratedNames.database(database.simpleName()), accessor, accessor)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(DaoContext.class, "ctx", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Statements running in {@code ctx}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(DaoContext.class, "ctx")
            .addStatement("this.ctx = ctx")
            .build());
    if (queries.isInterface()) {
      type.addSuperinterface(declared);
    } else {
      type.superclass(declared);
    }
    Set<String> constants = new HashSet<>();
    for (QueryMethodModel method : queries.methods()) {
      String constant = SchemaNames.snakeCase(method.name()).toUpperCase(Locale.ROOT);
      for (int n = 2; !constants.add(constant); n++) {
        // Overloads share a name; each gets a constant of its own.
        constant = SchemaNames.snakeCase(method.name()).toUpperCase(Locale.ROOT) + "_" + n;
      }
      type.addField(statement(method, constant)).addMethod(method(method, constant));
    }
    type.addOriginatingElement(queries.origin().element());
    if (database.origin() != null && database.origin().element() != null) {
      type.addOriginatingElement(database.origin().element());
    }
    return JavaFile.builder(queries.packageName(), type.build()).build();
  }

  /** {@code private static final DeclaredQuery<Book> BOOKS_BY = DeclaredQuery.ofEntity(...)}. */
  private FieldSpec statement(QueryMethodModel method, String constant) {
    String name = method.describe(queries);
    String sql = method.sql().jdbc();
    FieldSpec.Builder field;
    if (method.kind() == QueryMethodModel.Kind.UPDATE) {
      field = FieldSpec.builder(DeclaredUpdate.class, constant)
          .initializer("$T.of($S,$W$S)", DeclaredUpdate.class, name, sql);
    } else {
      RowModel row = method.result().row();
      TypeName rowType = TypeNames.row(row);
      field = FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(DeclaredQuery.class), rowType), constant);
      switch (row.kind()) {
        case ENTITY -> {
          EntityModel entity = database.entity(row.qualifiedName()).orElseThrow();
          field.initializer("$T.ofEntity($S,$W$S,$W$T.INSTANCE)", DeclaredQuery.class, name, sql,
              TypeNames.mapping(entity));
        }
        // The reader is indented past the continuation lines, so that a block lambda's body reads as one.
        case RECORD -> field.initializer("$T.of($S,$W$S,$W$L,$W$>$>$L$<$<)", DeclaredQuery.class, name, sql,
            TableDefCode.strings(row.columns()), StatementCode.recordReader(row, name));
        default -> field.initializer("$T.ofValue($S,$W$S,$W$>$>$L$<$<)", DeclaredQuery.class, name, sql,
            StatementCode.valueReader(row));
      }
    }
    return field.addJavadoc("The statement of {@code $L}, as written: {@code $L}\n", method.name(),
        JavaText.doc(method.sql().text())).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build();
  }

  /** The override: binds the parameters and runs the statement in the shape the return type asks for. */
  private MethodSpec method(QueryMethodModel method, String constant) {
    MethodSpec.Builder out = MethodSpec.methodBuilder(method.name()).addAnnotation(Override.class);
    if (!method.visibility().isEmpty()) {
      out.addModifiers(Modifier.valueOf(method.visibility().toUpperCase(Locale.ROOT)));
    }
    for (QueryParameterModel parameter : method.parameters()) {
      out.addParameter(TypeNames.type(parameter.type()), parameter.name());
    }
    ResultModel result = method.result();
    // addCode rather than addStatement: the binder is a block lambda holding statements of its own.
    CodeBlock binder = StatementCode.binder(method);
    if (method.kind() == QueryMethodModel.Kind.UPDATE) {
      if (result.shape() == ResultModel.Shape.VOID) {
        return out.addCode("$L.run(this.ctx, $L);\n", constant, binder).build();
      }
      TypeName count = TypeNames.type(result.row().value());
      String run = count.equals(TypeName.INT) ? "runInt" : "run";
      return out.returns(count)
          .addCode("return $L.$L(this.ctx, $L)$L;\n", constant, run, binder,
              count.equals(TypeName.BOOLEAN) ? " > 0" : "")
          .build();
    }
    RowModel row = result.row();
    TypeName rowType = TypeNames.row(row);
    return switch (result.shape()) {
      case LIST -> out.returns(ParameterizedTypeName.get(ClassName.get(List.class), rowType))
          .addCode("return $L.list(this.ctx, $L);\n", constant, binder).build();
      case OPTIONAL -> out.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), rowType))
          .addCode("return $L.optional(this.ctx, $L);\n", constant, binder).build();
      case STREAM -> out.returns(ParameterizedTypeName.get(ClassName.get(Stream.class), rowType))
          .addCode("return $L.stream(this.ctx, $L);\n", constant, binder).build();
      case ONE -> {
        boolean primitive = row.kind() == RowModel.Kind.VALUE && row.value().primitive();
        yield out.returns(primitive ? TypeNames.type(row.value()) : rowType)
            .addCode("return $L.$L(this.ctx, $L);\n", constant, primitive ? "value" : "one", binder).build();
      }
      case VOID, UNSUPPORTED -> throw new IllegalStateException(method.name() + " returns " + result.javaType());
    };
  }

  /** SQL fit for a Javadoc {@code {@code}} tag: no comment end, and braces as entities would show literally. */
}
