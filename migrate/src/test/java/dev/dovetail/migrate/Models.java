package dev.dovetail.migrate;

import dev.dovetail.OnDelete;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Models for the migration tests, built as {@link SchemaDef} values the way the processor writes them: the
 * seed's school (students, classes and the registrations between them) and the versions of it a user would
 * write next.
 */
final class Models {
  private Models() {}

  static ColumnDef id() {
    return new ColumnDef("id", ColumnType.BIGINT, 0, 0, 0, false, true);
  }

  static ColumnDef varchar(String name, int length, boolean nullable) {
    return new ColumnDef(name, ColumnType.VARCHAR, length, 0, 0, nullable, false);
  }

  static ColumnDef column(String name, ColumnType type, boolean nullable) {
    return ColumnDef.of(name, type, nullable);
  }

  static TableDef entity(String table, ColumnDef... columns) {
    List<ColumnDef> all = new ArrayList<>();
    all.add(id());
    all.addAll(List.of(columns));
    return new TableDef(table, all, List.of("id"), List.of(), List.of());
  }

  static TableDef association(String table, String left, String leftColumn, String right, String rightColumn) {
    return new TableDef(table,
        List.of(column(leftColumn, ColumnType.BIGINT, false), column(rightColumn, ColumnType.BIGINT, false)),
        List.of(leftColumn, rightColumn),
        List.of(fk(table, leftColumn, left, OnDelete.CASCADE), fk(table, rightColumn, right, OnDelete.CASCADE)),
        List.of(new IndexDef(SchemaNames.index(table, List.of(rightColumn)), List.of(rightColumn), false)));
  }

  static ForeignKeyDef fk(String table, String column, String referenced, OnDelete onDelete) {
    return new ForeignKeyDef(SchemaNames.foreignKey(table, List.of(column)), List.of(column), referenced,
        List.of("id"), onDelete);
  }

  static TableDef withColumn(TableDef table, ColumnDef column) {
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    columns.add(column);
    return new TableDef(table.name(), columns, table.primaryKey(), table.foreignKeys(), table.indexes());
  }

  static TableDef withIndex(TableDef table, IndexDef index) {
    List<IndexDef> indexes = new ArrayList<>(table.indexes());
    indexes.add(index);
    return new TableDef(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(), indexes);
  }

  static TableDef withForeignKey(TableDef table, ForeignKeyDef fk) {
    List<ForeignKeyDef> fks = new ArrayList<>(table.foreignKeys());
    fks.add(fk);
    return new TableDef(table.name(), table.columns(), table.primaryKey(), fks, table.indexes());
  }

  static SchemaDef schema(TableDef... tables) {
    return SchemaDef.ordered("School", List.of(tables));
  }

  static TableDef students() {
    return entity("students", varchar("name", 100, false));
  }

  static TableDef classes() {
    return entity("classes", varchar("name", 100, false));
  }

  /** The seed's first school: students, classes, registrations. */
  static SchemaDef school() {
    return schema(students(), classes(), association("registrations", "students", "student_id", "classes",
        "class_id"));
  }

  /** The seed's change: students get an e-mail address (nullable), unique. */
  static SchemaDef schoolWithEmail() {
    TableDef students = withIndex(withColumn(students(), varchar("email", 120, true)),
        new IndexDef(SchemaNames.unique("students", List.of("email")), List.of("email"), true));
    return schema(students, classes(), association("registrations", "students", "student_id", "classes",
        "class_id"));
  }
}
