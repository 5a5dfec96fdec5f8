package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Group;
import dev.dovetail.fixture.Model.Member;
import dev.dovetail.fixture.Model.Order;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link DovetailDatabase#createSchema()}: tables, keys, cascades, indexes and reserved names on each database. */
class SchemaDdlTest extends SchoolFixture {

  @DatabaseTest
  void createsEveryTableAfterTheTablesItRefersTo() {
    List<String> created = new ArrayList<>();
    for (String sql : db.createStatements()) {
      if (sql.startsWith("CREATE TABLE ")) {
        created.add(sql.substring("CREATE TABLE ".length(), sql.indexOf(' ', "CREATE TABLE ".length())));
      }
    }
    assertEquals(db.schema().tables().size(), created.size());
    for (TableDef table : db.schema().tables()) {
      assertEquals(0, rows(table.name()));
      int position = created.indexOf(db.dialect().quote(table.name()));
      table.foreignKeys().forEach(fk -> assertTrue(
          created.indexOf(db.dialect().quote(fk.referencedTable())) <= position,
          () -> table.name() + " is created before " + fk.referencedTable() + ": " + created));
    }
  }

  @DatabaseTest
  void theJoinTableKeyIsThePair() {
    User ann = user("ann");
    User ben = user("ben");
    execute("INSERT INTO follows (follower_id, followed_id) VALUES (" + ann.id() + ", " + ben.id() + ")");
    execute("INSERT INTO follows (follower_id, followed_id) VALUES (" + ben.id() + ", " + ann.id() + ")");
    assertThrows(AssertionError.class,
        () -> execute("INSERT INTO follows (follower_id, followed_id) VALUES (" + ann.id() + ", " + ben.id() + ")"));
    assertThrows(AssertionError.class,
        () -> execute("INSERT INTO follows (follower_id, followed_id) VALUES (" + ann.id() + ", 9999)"));
    assertEquals(2, rows("follows"));
  }

  @DatabaseTest
  void deletingAUserRemovesItsFollowsInBothDirections() {
    User ann = user("ann");
    User ben = user("ben");
    User cat = user("cat");
    db.users().followed(ann).addAll(List.of(ben, cat));
    db.users().followed(ben).addAll(List.of(ann, cat));
    db.users().followed(cat).add(ann);
    assertEquals(5, rows("follows"));
    assertTrue(db.users().delete(ann));
    assertEquals(1, rows("follows"));
    assertEquals(List.of(cat), db.users().followed(ben).all());
    assertEquals(List.of(ben), db.users().followers(cat).all());
  }

  @DatabaseTest
  void theInverseColumnOfAJoinTableIsIndexed() throws SQLException {
    assertEquals(List.of("followed_id"), indexColumns("follows", "ix_follows_followed_id"));
    assertEquals(List.of("class_id"), indexColumns("registrations", "ix_registrations_class_id"));
    assertEquals(List.of("name"), indexColumns("students", "uq_students_name"));
  }

  @DatabaseTest
  void reservedWordsAsTableAndColumnNames() {
    Group red = db.groups().insert(new Group(null, "red"));
    Member m = db.members().insert(new Member(null, 7, red.id()));
    Order o = db.orders().insert(new Order(m.id(), red.id(), "SELECT * FROM \"order\""));
    assertEquals(Optional.of(o), db.orders().find(m.id(), red.id()));
    assertEquals(List.of(m), db.members().query().where("t.\"order\" = :o AND t.\"group\" = :g",
        Map.of("o", 7, "g", red.id())).orderBy("t.\"order\" desc").all());
    assertEquals(1, db.orders().query().where("t.\"select\" LIKE :s", "s", "SELECT%").count());
    assertTrue(db.members().update(new Member(m.id(), 8, null)));
    assertEquals(Optional.of(new Member(m.id(), 8, null)), db.members().find(m.id()));
    assertTrue(db.groups().delete(red));
    assertEquals(0, rows("order"));
    assertEquals(1, rows("user"));
  }

  @DatabaseTest
  void dropAndCreateAgain() {
    user("ann");
    DovetailException twice = assertThrows(DovetailException.class, db::createSchema);
    assertTrue(twice.getMessage().contains("CREATE TABLE"), twice.getMessage());
    assertEquals(1, rows("users"));
    db.dropSchema();
    assertThrows(AssertionError.class, () -> rows("users"));
    db.createSchema();
    assertEquals(0, rows("users"));
  }

  @DatabaseTest
  void theDialectIsDetectedFromTheConnection(Jdbi jdbi) {
    SchoolDb detected = SchoolDb.create(jdbi);
    assertEquals(database.dialect(), detected.dialect());
    assertEquals(Optional.empty(), detected.users().find(1));
    assertFalse(detected.createStatements().isEmpty());
  }

  /** The columns of index {@code index} of {@code table}, read from the JDBC metadata. */
  private List<String> indexColumns(String table, String index) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = database.connect()) {
      DatabaseMetaData meta = c.getMetaData();
      String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
      try (ResultSet rs = meta.getIndexInfo(null, c.getSchema(), name, false, false)) {
        while (rs.next()) {
          if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return columns;
  }
}
