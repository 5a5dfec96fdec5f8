package dev.dovetail.processor.writing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.dovetail.OnDelete;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import dev.dovetail.schema.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DDL and snapshot resources, read back from the class output. */
class GeneratedResourcesTest {
  private static Compilation school;
  private static Compilation kinds;

  @BeforeAll
  static void compile() {
    school = Compilations.compile("school", "Student", "Course", "School");
    kinds = Compilations.compile("kinds", EveryKindTest.SOURCES);
  }

  @Test
  void h2DdlOfTheSchoolExample() throws IOException {
    assertEquals(golden("School-h2.sql"), Compilations.resource(school, "META-INF/dovetail/School/h2.sql"));
  }

  @Test
  void postgresqlDdlCreatesTheJoinTableAfterTheTablesItRefersTo() {
    String ddl = Compilations.resource(school, "META-INF/dovetail/School/postgresql.sql");
    assertThat(ddl).startsWith("-- Schema School for postgresql");
    assertThat(ddl).contains("CREATE TABLE registrations (\n"
        + "  student_id BIGINT NOT NULL,\n"
        + "  class_id BIGINT NOT NULL,\n"
        + "  CONSTRAINT pk_registrations PRIMARY KEY (student_id, class_id),\n"
        + "  CONSTRAINT fk_registrations_student_id FOREIGN KEY (student_id) REFERENCES students (id)"
        + " ON DELETE CASCADE,\n"
        + "  CONSTRAINT fk_registrations_class_id FOREIGN KEY (class_id) REFERENCES classes (id)"
        + " ON DELETE CASCADE\n);");
    assertThat(ddl.indexOf("CREATE TABLE registrations")).isGreaterThan(ddl.indexOf("CREATE TABLE classes"));
    assertThat(ddl).contains("CREATE INDEX ix_registrations_class_id ON registrations (class_id);");
  }

  @Test
  void snapshotReadsBackAsTheSchema() {
    SchemaDef snapshot = SchemaJson.read(Compilations.resource(school, "META-INF/dovetail/School/schema.json"));
    SchemaDef expected = new SchemaDef("School", List.of(
        entityTable("students"),
        entityTable("classes"),
        new TableDef("registrations",
            List.of(ColumnDef.of("student_id", ColumnType.BIGINT, false),
                ColumnDef.of("class_id", ColumnType.BIGINT, false)),
            List.of("student_id", "class_id"),
            List.of(
                new ForeignKeyDef("fk_registrations_student_id", List.of("student_id"), "students", List.of("id"),
                    OnDelete.CASCADE),
                new ForeignKeyDef("fk_registrations_class_id", List.of("class_id"), "classes", List.of("id"),
                    OnDelete.CASCADE)),
            List.of(new IndexDef("ix_registrations_class_id", List.of("class_id"), false)))));
    assertEquals(expected, snapshot);
  }

  private static TableDef entityTable(String name) {
    return new TableDef(name,
        List.of(new ColumnDef("id", ColumnType.BIGINT, 0, 0, 0, false, true),
            new ColumnDef("name", ColumnType.VARCHAR, 255, 0, 0, true, false)),
        List.of("id"), List.of(), List.of());
  }

  @Test
  void reservedWordsAreQuotedInEveryDialect() {
    for (String dialect : List.of("h2", "postgresql")) {
      String ddl = Compilations.resource(kinds, "META-INF/dovetail/Catalog/" + dialect + ".sql");
      assertThat(ddl).contains("CREATE TABLE \"user\" (");
      assertThat(ddl).contains("CREATE TABLE \"order\" (\n  id UUID NOT NULL,\n  \"group\" VARCHAR(255),");
      assertThat(ddl).contains("REFERENCES \"order\" (id) ON DELETE CASCADE");
    }
  }

  @Test
  void throughRelationshipUsesTheAssociationEntityTable() {
    SchemaDef catalog = SchemaJson.read(Compilations.resource(kinds, "META-INF/dovetail/Catalog/schema.json"));
    List<String> names = catalog.tables().stream().map(TableDef::name).toList();
    assertThat(names).containsExactly("all_types", "tags", "accounts", "user", "follows", "posts", "order",
        "order_lines", "employee", "invoices", "friendships").inOrder();
    TableDef follows = catalog.table("follows").orElseThrow();
    assertThat(follows.primaryKey()).containsExactly("follower_id", "followed_id").inOrder();
    // The first key column is indexed by the primary key; the second needs its own index.
    assertThat(follows.indexes()).containsExactly(
        new IndexDef("ix_follows_followed_id", List.of("followed_id"), false));
  }

  @Test
  void columnOptionsAndDefaults() {
    SchemaDef catalog = SchemaJson.read(Compilations.resource(kinds, "META-INF/dovetail/Catalog/schema.json"));
    TableDef all = catalog.table("all_types").orElseThrow();
    assertEquals(new ColumnDef("code", ColumnType.VARCHAR, 255, 0, 0, false, false), all.column("code").get());
    assertEquals(ColumnDef.of("notes", ColumnType.TEXT, true), all.column("notes").get());
    assertEquals(new ColumnDef("label_text", ColumnType.VARCHAR, 40, 0, 0, true, false),
        all.column("label_text").get());
    assertEquals(new ColumnDef("total", ColumnType.DECIMAL, 0, 38, 10, true, false), all.column("total").get());
    assertEquals(new ColumnDef("price", ColumnType.DECIMAL, 0, 10, 2, true, false), all.column("price").get());
    assertEquals(new ColumnDef("level", ColumnType.VARCHAR, 64, 0, 0, true, false), all.column("level").get());
    assertEquals(new ColumnDef("color", ColumnType.VARCHAR, 16, 0, 0, true, false), all.column("color").get());
    assertEquals(ColumnDef.of("flag", ColumnType.BOOLEAN, false), all.column("flag").get());
    assertEquals(ColumnDef.of("boxed_flag", ColumnType.BOOLEAN, true), all.column("boxed_flag").get());
    assertThat(all.indexes()).containsExactly(
        new IndexDef("uq_all_types_code", List.of("code"), true),
        new IndexDef("ix_all_types_label_text", List.of("label_text"), false));
    TableDef employee = catalog.table("employee").orElseThrow();
    assertThat(employee.foreignKeys()).containsExactly(new ForeignKeyDef("fk_employee_manager_id",
        List.of("manager_id"), "employee", List.of("id"), OnDelete.SET_NULL));
  }

  @Test
  void twoManyToManyBetweenTheSameEntitiesGetTwoJoinTables() {
    SchemaDef projects = SchemaJson.read(Compilations.resource(kinds, "META-INF/dovetail/Projects/schema.json"));
    TableDef memberships = projects.table("memberships").orElseThrow();
    TableDef watches = projects.table("watches").orElseThrow();
    // Default join columns: the singular of each table, and the target's id type (a String key here).
    assertEquals(List.of(ColumnDef.of("people_id", ColumnType.BIGINT, false),
        new ColumnDef("project_id", ColumnType.VARCHAR, 255, 0, 0, false, false)), memberships.columns());
    assertEquals(memberships.columns(), watches.columns());
    assertThat(watches.foreignKeys().get(1).referencedColumns()).containsExactly("code");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GeneratedResourcesTest.class.getResourceAsStream("/writing/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
