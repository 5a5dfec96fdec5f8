package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.fixture.Model.Group;
import dev.dovetail.fixture.Model.Member;
import dev.dovetail.fixture.Model.Order;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.MariaDbServer;
import dev.dovetail.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /**
   * A server shared with other databases: a neighbouring MariaDB database, PostgreSQL or H2 schema holds a
   * {@code follows} table of its own, whose same-named index is on another column. The metadata this test reads
   * names the current catalog and schema, and sees only this schema's table (the migration engine's live schema
   * is shown the same way by {@code LiveSchemaNeighbourTest}). SQLite has no neighbouring schema on a connection.
   */
  @DatabaseTest({TestDatabase.Kind.H2, TestDatabase.Kind.POSTGRESQL, TestDatabase.Kind.MARIADB})
  void metadataReadsSeeOnlyTheirOwnSchema() throws SQLException {
    String neighbour = database.name() + "_n";
    String create = database.kind() == TestDatabase.Kind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ";
    String drop = database.kind() == TestDatabase.Kind.MARIADB ? "DROP DATABASE " : "DROP SCHEMA ";
    execute(create + neighbour);
    try {
      execute("CREATE TABLE " + neighbour + ".follows (elsewhere INTEGER, followed_id INTEGER)");
      execute("CREATE INDEX ix_follows_followed_id ON " + neighbour + ".follows (elsewhere)");
      assertEquals(List.of("followed_id"), indexColumns("follows", "ix_follows_followed_id"));
    } finally {
      execute(drop + neighbour + (database.kind() == TestDatabase.Kind.MARIADB ? "" : " CASCADE"));
    }
  }

  @DatabaseTest
  void reservedWordsAsTableAndColumnNames() {
    Group red = db.groups().insert(new Group(null, "red"));
    Member m = db.members().insert(new Member(null, 7, red.id()));
    Order o = db.orders().insert(new Order(m.id(), red.id(), "SELECT * FROM \"order\""));
    assertEquals(Optional.of(o), db.orders().find(m.id(), red.id()));
    // A fragment quotes a reserved word as the database does: dialect().quote() gives "order" or `order`.
    String order = "t." + db.dialect().quote("order");
    String group = "t." + db.dialect().quote("group");
    assertEquals(List.of(m), db.members().query().where(order + " = :o AND " + group + " = :g",
        Map.of("o", 7, "g", red.id())).orderBy(order + " desc").all());
    assertEquals(1, db.orders().query().where("t." + db.dialect().quote("select") + " LIKE :s", "s", "SELECT%")
        .count());
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
  void aCycleOfForeignKeysIsCreatedAndDroppedWithItsRows() {
    // Every team has a captain; every player is in a team: neither table can be created, or dropped, first.
    TableDef teams = new TableDef("teams", List.of(ColumnDef.of("id", ColumnType.BIGINT, false),
        ColumnDef.of("captain_id", ColumnType.BIGINT, true)), List.of("id"),
        List.of(fk("teams", "captain_id", "players")), List.of());
    TableDef players = new TableDef("players", List.of(ColumnDef.of("id", ColumnType.BIGINT, false),
        ColumnDef.of("team_id", ColumnType.BIGINT, true)), List.of("id"),
        List.of(fk("players", "team_id", "teams")), List.of());
    SchemaDef cycle = SchemaDef.ordered("Cycle", List.of(teams, players));
    assertEquals(1, cycle.deferredForeignKeys().size());
    CycleDb cycleDb = new CycleDb(DaoContext.of(database.jdbi(), database.dialect()), cycle);
    cycleDb.createSchema();
    execute("INSERT INTO teams (id, captain_id) VALUES (1, NULL)");
    execute("INSERT INTO players (id, team_id) VALUES (10, 1)");
    execute("UPDATE teams SET captain_id = 10 WHERE id = 1");
    assertThrows(AssertionError.class, () -> execute("UPDATE teams SET captain_id = 99 WHERE id = 1"));
    cycleDb.dropSchema();
    assertThrows(AssertionError.class, () -> rows("teams"));
    assertThrows(AssertionError.class, () -> rows("players"));
    cycleDb.createSchema();
    assertEquals(0, rows("teams"));
  }

  @DatabaseTest
  void aCycleOfForeignKeysWithDeleteActionsIsDroppedWithItsRows() {
    // Dropping a table deletes its rows first on SQLite, which fires the other tables' ON DELETE actions.
    for (OnDelete teamsAction : OnDelete.values()) {
      for (OnDelete playersAction : OnDelete.values()) {
        String actions = "teams " + teamsAction + ", players " + playersAction;
        TableDef teams = new TableDef("teams", List.of(ColumnDef.of("id", ColumnType.BIGINT, false),
            ColumnDef.of("captain_id", ColumnType.BIGINT, true)), List.of("id"),
            List.of(fk("teams", "captain_id", "players", teamsAction)), List.of());
        TableDef players = new TableDef("players", List.of(ColumnDef.of("id", ColumnType.BIGINT, false),
            ColumnDef.of("team_id", ColumnType.BIGINT, true), ColumnDef.of("mentor_id", ColumnType.BIGINT, true)),
            List.of("id"), List.of(fk("players", "team_id", "teams", playersAction),
                fk("players", "mentor_id", "players", playersAction)), List.of());
        TableDef games = new TableDef("games", List.of(ColumnDef.of("id", ColumnType.BIGINT, false),
            ColumnDef.of("player_id", ColumnType.BIGINT, false)), List.of("id"),
            List.of(fk("games", "player_id", "players", OnDelete.RESTRICT)), List.of());
        SchemaDef cycle = SchemaDef.ordered("Cycle", List.of(teams, players, games));
        CycleDb cycleDb = new CycleDb(DaoContext.of(database.jdbi(), database.dialect()), cycle);
        cycleDb.createSchema();
        execute("INSERT INTO teams (id, captain_id) VALUES (1, NULL)");
        execute("INSERT INTO players (id, team_id, mentor_id) VALUES (10, 1, NULL)");
        execute("INSERT INTO players (id, team_id, mentor_id) VALUES (11, 1, 10)");
        execute("UPDATE players SET mentor_id = 11 WHERE id = 10");
        execute("UPDATE teams SET captain_id = 10 WHERE id = 1");
        execute("INSERT INTO games (id, player_id) VALUES (100, 11)");
        try {
          cycleDb.dropSchema();
        } catch (DovetailException e) {
          throw new AssertionError(actions + ": " + e.getMessage(), e);
        }
        assertThrows(AssertionError.class, () -> rows("teams"), actions);
        assertThrows(AssertionError.class, () -> rows("players"), actions);
        assertThrows(AssertionError.class, () -> rows("games"), actions);
      }
    }
  }

  private static ForeignKeyDef fk(String table, String column, String referenced) {
    return fk(table, column, referenced, OnDelete.RESTRICT);
  }

  private static ForeignKeyDef fk(String table, String column, String referenced, OnDelete onDelete) {
    return new ForeignKeyDef(SchemaNames.foreignKey(table, List.of(column)), List.of(column), referenced,
        List.of("id"), onDelete);
  }

  /** A database of just the given schema. */
  private static final class CycleDb extends DovetailDatabase<CycleDb> {
    private final SchemaDef schema;

    CycleDb(DaoContext ctx, SchemaDef schema) {
      super(ctx);
      this.schema = schema;
    }

    @Override
    public SchemaDef schema() {
      return schema;
    }

    @Override
    protected CycleDb withContext(DaoContext context) {
      return new CycleDb(context, schema);
    }
  }

  @DatabaseTest(TestDatabase.Kind.SQLITE)
  void sqliteForeignKeysAreSwitchedOnByTheRuntimeNotTheUrl() throws SQLException {
    try (Connection plain = database.dataSource().getConnection(); Statement st = plain.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "a new SQLite connection does not enforce foreign keys");
    }
    User ann = user("ann");
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> db.users().followed(ann).add(new User(4242L, "ghost")));
    assertEquals(Dialect.Violation.FOREIGN_KEY, e.violation());
    db.useTransaction(tx -> assertThrows(ConstraintViolationException.class,
        () -> tx.users().followed(ann).add(new User(4242L, "ghost"))));
  }

  @DatabaseTest(TestDatabase.Kind.MARIADB)
  void mariaDbConnectionsMustReportAffectedRows() {
    String url = database.url().replace("useAffectedRows=true", "useAffectedRows=false");
    SchoolDb counting = SchoolDb.create(Jdbi.create(url, MariaDbServer.properties()), database.dialect());
    DovetailException e = assertThrows(DovetailException.class, () -> counting.users().count());
    assertTrue(e.getMessage().contains("useAffectedRows=true"), e.getMessage());
  }

  @DatabaseTest
  void aFailedCreateLeavesNothingWhereDdlIsTransactional() {
    db.dropSchema();
    execute("CREATE TABLE classes (x INTEGER)");
    assertTrue(db.createStatements().get(0).startsWith("CREATE TABLE students"), db.createStatements().get(0));
    assertThrows(DovetailException.class, db::createSchema);
    if (db.dialect().transactionalDdl()) {
      assertThrows(AssertionError.class, () -> rows("students"), "students was created before classes failed");
    } else {
      assertEquals(0, rows("students"));
    }
  }

  @DatabaseTest
  void theDialectIsDetectedFromTheConnection(Jdbi jdbi) {
    SchoolDb detected = SchoolDb.create(jdbi);
    assertEquals(database.dialect(), detected.dialect());
    assertEquals(Optional.empty(), detected.users().find(1));
    assertFalse(detected.createStatements().isEmpty());
  }

  /** The columns of index {@code index} of {@code table}, read from the JDBC metadata of this catalog and schema. */
  private List<String> indexColumns(String table, String index) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = database.connect()) {
      DatabaseMetaData meta = c.getMetaData();
      String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
      // The current catalog: on MariaDB, null would also list the tables of the other test databases.
      try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
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
