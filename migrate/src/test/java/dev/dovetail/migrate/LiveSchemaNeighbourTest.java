package dev.dovetail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A server shared with other databases: a neighbouring MariaDB database, PostgreSQL or H2 schema holds a
 * {@code registrations} table of its own, with other columns and a same-named index on another column. The live
 * schema the migration engine diffs against names the current catalog and schema, and sees only this schema's
 * table. SQLite has no neighbouring schema on a connection.
 */
class LiveSchemaNeighbourTest {

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB})
  void theLiveSchemaSeesOnlyItsOwnTables(TestDatabase db) throws SQLException {
    SchemaDef model = Models.school();
    for (String statement : db.dialect().createSchema(model)) {
      DataPreservationTest.execute(db, statement);
    }
    String neighbour = db.name() + "_n";
    boolean mariadb = db.kind() == Kind.MARIADB;
    DataPreservationTest.execute(db, (mariadb ? "CREATE DATABASE " : "CREATE SCHEMA ") + neighbour);
    try {
      String index = SchemaNames.index("registrations", List.of("class_id"));
      DataPreservationTest.execute(db, "CREATE TABLE " + neighbour + ".registrations (elsewhere INTEGER, "
          + "class_id INTEGER, extra INTEGER)");
      DataPreservationTest.execute(db, "CREATE INDEX " + index + " ON " + neighbour + ".registrations (elsewhere)");

      TableDef live;
      try (Connection c = db.connect()) {
        live = LiveSchema.read(c, "School").table("registrations").orElseThrow();
      }
      TableDef expected = model.table("registrations").orElseThrow();
      assertEquals(names(expected.columns()), names(live.columns()));
      assertEquals(expected.foreignKeys().size(), live.foreignKeys().size());
      assertEquals(List.of("class_id"), live.indexes().stream().filter(i -> i.name().equalsIgnoreCase(index))
          .map(IndexDef::columns).findFirst().orElseThrow());
    } finally {
      DataPreservationTest.execute(db, (mariadb ? "DROP DATABASE " : "DROP SCHEMA ") + neighbour
          + (mariadb ? "" : " CASCADE"));
    }
  }

  private static List<String> names(List<ColumnDef> columns) {
    return columns.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
