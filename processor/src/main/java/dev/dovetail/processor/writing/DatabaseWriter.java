package dev.dovetail.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.JavaNames;
import dev.dovetail.processor.model.QueriesModel;
import dev.dovetail.runtime.DovetailDatabase;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.GeneratedNames;
import dev.dovetail.runtime.internal.RuntimeVersion;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Writes the database entry point ({@code SchoolDb}): its schema, factories from a {@code Jdbi} or a
 * {@code DataSource}, one DAO accessor per entity and one accessor per {@code @Queries} type; schema creation
 * and transactions are inherited from {@link DovetailDatabase}.
 */
final class DatabaseWriter {
  private static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");

  private final DatabaseModel database;
  private final SchemaBuilder schema;
  private final List<EntityModel> entities;

  DatabaseWriter(DatabaseModel database, SchemaBuilder schema) {
    this.database = database;
    this.schema = schema;
    this.entities = database.entities();
  }

  JavaFile file() {
    ClassName self = TypeNames.database(database);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The {@code $L} database: one DAO per entity, its schema, and transactions spanning them.\n"
            + "\n<pre>{@code\n$L db = $L.create(dataSource);   // or create(jdbi)\ndb.createSchema();\n}</pre>\n"
            + "\n<p>Generated from the {@code @Database} declaration: edit that, not this file.\n",
            database.simpleName(), self.simpleName(), self.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(DovetailDatabase.class), self));
    if (database.isInterface()) {
      type.addSuperinterface(TypeNames.databaseInterface(database));
    }
    type.addField(FieldSpec.builder(SchemaDef.class, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every table of {@code $L}, association tables included, in foreign-key order.\n",
            database.simpleName())
        .build());
    // The version check comes first, before any other runtime class is touched: a runtime of another version
    // fails here with a message naming both, not later with a NoSuchMethodError naming neither.
    // A database may list no entities yet: then no comma may follow its name.
    type.addStaticBlock(CodeBlock.builder()
        .addStatement("$T.check($S, $S)", RuntimeVersion.class, ProcessorVersion.CURRENT, self.canonicalName())
        .addStatement(tables().isEmpty() ? CodeBlock.of("SCHEMA = $T.ordered($S)", SchemaDef.class,
            database.simpleName()) : CodeBlock.of("SCHEMA = $T.ordered($S,$L)", SchemaDef.class,
            database.simpleName(), TableDefCode.arguments(tables())))
        .build());

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(DaoContext.class, "ctx")
        .addStatement("super(ctx)");
    List<MethodSpec> accessors = new ArrayList<>();
    for (EntityModel entity : entities) {
      String name = JavaNames.daoAccessor(entity.simpleName());
      ClassName dao = TypeNames.dao(entity);
      type.addField(dao, name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(ctx)", name, dao);
      accessors.add(MethodSpec.methodBuilder(name)
          .addJavadoc("The DAO of {@link $T}, table {@code $L}.\n", TypeNames.entity(entity), JavaText.doc(entity.table()))
          .addModifiers(Modifier.PUBLIC)
          .returns(dao)
          .addStatement("return $N", name)
          .build());
    }
    for (QueriesModel queries : database.queries()) {
      String name = JavaNames.queriesAccessor(queries.simpleName());
      ClassName impl = ClassName.get(queries.packageName(), GeneratedNames.queriesImpl(queries.simpleName()));
      type.addField(impl, name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(ctx)", name, impl);
      accessors.add(MethodSpec.methodBuilder(name)
          .addJavadoc("The statements declared in {@link $T}, run in this database's context.\n",
              TypeNames.className(queries.packageName(), queries.qualifiedName()))
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeNames.className(queries.packageName(), queries.qualifiedName()))
          .addStatement("return $N", name)
          .build());
    }
    type.addMethod(constructor.build())
        .addMethod(factory(self, JDBI, "jdbi", false,
            "The database on {@code jdbi}, its dialect detected from the database's product name.\n"))
        .addMethod(factory(self, JDBI, "jdbi", true, "The database on {@code jdbi}, writing SQL in {@code dialect}.\n"))
        .addMethod(factory(self, ClassName.get(DataSource.class), "dataSource", false,
            "The database on {@code dataSource} (a pool, as a rule), its dialect detected from the database's\n"
                + "product name. Each call takes a connection of its own; JDBI is started only for transactions,\n"
                + "so this starts faster than {@link #create(Jdbi)}.\n"))
        .addMethod(factory(self, ClassName.get(DataSource.class), "dataSource", true,
            "The database on {@code dataSource}, writing SQL in {@code dialect}.\n"))
        .addMethods(accessors)
        .addMethod(MethodSpec.methodBuilder("schema")
            .addJavadoc("{@link #SCHEMA}.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(SchemaDef.class)
            .addStatement("return SCHEMA")
            .build())
        .addMethod(MethodSpec.methodBuilder("withContext")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(self)
            .addParameter(DaoContext.class, "context")
            .addStatement("return new $T(context)", self)
            .build());
    if (database.origin() != null && database.origin().element() != null) {
      type.addOriginatingElement(database.origin().element());
    }
    for (EntityModel entity : entities) {
      if (entity.origin() != null && entity.origin().element() != null) {
        type.addOriginatingElement(entity.origin().element());
      }
    }
    for (QueriesModel queries : database.queries()) {
      if (queries.origin() != null && queries.origin().element() != null) {
        type.addOriginatingElement(queries.origin().element());
      }
    }
    return JavaFile.builder(database.packageName(), type.build()).build();
  }

  /** {@code create(source)} or {@code create(source, dialect)}: the database on a {@link DaoContext} of it. */
  private static MethodSpec factory(ClassName self, ClassName source, String name, boolean dialect, String doc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("create")
        .addJavadoc(doc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(source, name);
    if (dialect) {
      method.addParameter(Dialect.class, "dialect");
    }
    return method.addStatement("return new $T($T.of($N$L))", self, DaoContext.class, name, dialect ? ", dialect" : "")
        .build();
  }

  /** Each entity's table as its mapping holds it, then the join tables, constructed here. */
  private List<CodeBlock> tables() {
    List<CodeBlock> tables = new ArrayList<>();
    for (EntityModel entity : entities) {
      tables.add(CodeBlock.of("$T.INSTANCE.table()", TypeNames.mapping(entity)));
    }
    for (TableDef join : schema.joinTables()) {
      tables.add(TableDefCode.of(join));
    }
    return tables;
  }
}
