package dev.dovetail.migrate;

import static dev.dovetail.migrate.Models.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type change that can lose data (a shorter string, fewer digits, a narrower integer) is written gated by
 * {@code migrate}, and {@code upgrade} refuses it while a row does not fit, naming the table, the column and the
 * count, on every database: never a value cut or rounded in silence.
 */
class NarrowingTest {

  private static TableDef people(ColumnDef name, ColumnDef balance, ColumnDef visits) {
    return new TableDef("people", List.of(Models.id(), name, balance, visits), List.of("id"), List.of(), List.of());
  }

  private static final SchemaDef WIDE = schema(people(Models.varchar("name", 128, true),
      new ColumnDef("balance", ColumnType.DECIMAL, 0, 12, 4, true, false),
      ColumnDef.of("visits", ColumnType.BIGINT, true)));

  private static Migrator start(TestDatabase db, Path folder) {
    MigrationAuthor.init(folder, WIDE, db.dialect(), "init");
    Migrator migrator = Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
    migrator.upgrade();
    db.jdbi().useHandle(h -> h.execute("INSERT INTO people (name, balance, visits) VALUES "
        + "('Ada Lovelace, Countess', 1.5, 7), ('Alan', 2.25, 8)"));
    return migrator;
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void aShorterStringIsGatedThenRefusedWhileARowIsTooLong(TestDatabase db, @TempDir Path folder) throws IOException {
    Migrator migrator = start(db, folder);
    SchemaDef narrow = schema(people(Models.varchar("name", 10, true), WIDE.tables().get(0).columns().get(2),
        WIDE.tables().get(0).columns().get(3)));

    MigrationAuthor.Authored gated = MigrationAuthor.migrate(folder, narrow, db.dialect(), "short names",
        DiffOptions.defaults(), false);
    assertTrue(gated.diff().destroysData(), gated.diff()::toString);
    assertTrue(gated.diff().describe().get(0).contains("may lose data"), gated.diff()::toString);
    String text = Files.readString(gated.file());
    assertTrue(text.contains("-- WARNING: may lose data"), text);
    String up = new MigrationScript(2, "", "V2.sql", text, null).upText();
    assertTrue(SqlSplitter.split(up).isEmpty(), "written commented out until reviewed:\n" + text);
    Files.delete(gated.file());
    Files.delete(folder.resolve(MigrationScript.snapshotName(gated.file().getFileName().toString())));

    MigrationAuthor.migrate(folder, narrow, db.dialect(), "short names", DiffOptions.defaults(), true);
    MigrationException refused = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(refused.getMessage().contains("1 row of people holds a value of name longer than 10 characters"),
        refused::getMessage);
    assertTrue(refused.getMessage().contains("fix or delete those rows"), refused::getMessage);
    assertEquals(List.of("Ada Lovelace, Countess", "Alan"), names(db));

    db.jdbi().useHandle(h -> h.execute("UPDATE people SET name = 'Ada' WHERE name LIKE 'Ada%'"));
    assertEquals(2, migrator.upgrade().to());
    assertEquals(List.of("Ada", "Alan"), names(db));
    if (db.kind() != Kind.SQLITE) {
      assertEquals(10, migrator.liveSchema("x").table("people").orElseThrow().column("name").orElseThrow().length());
    }
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void fewerDigitsAndANarrowerIntegerAreRefusedRatherThanRounded(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder);
    db.jdbi().useHandle(h -> h.execute("UPDATE people SET balance = 1.2345, visits = 3000000000 WHERE name = 'Alan'"));
    SchemaDef narrow = schema(people(Models.varchar("name", 128, true),
        new ColumnDef("balance", ColumnType.DECIMAL, 0, 12, 2, true, false),
        ColumnDef.of("visits", ColumnType.INTEGER, true)));
    MigrationAuthor.migrate(folder, narrow, db.dialect(), "fewer digits", DiffOptions.defaults(), true);

    MigrationException refused = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(refused.getMessage().contains("1 row of people holds a value of balance too wide for DECIMAL(12, 2)"),
        refused::getMessage);
    assertEquals(0, new BigDecimal("1.2345").compareTo(db.jdbi().withHandle(h -> h.createQuery(
        "SELECT balance FROM people WHERE name = 'Alan'").mapTo(BigDecimal.class).one())), "not rounded");
    db.jdbi().useHandle(h -> h.execute("UPDATE people SET balance = 1.23 WHERE name = 'Alan'"));
    refused = assertThrows(MigrationException.class, migrator::upgrade);
    assertTrue(refused.getMessage().contains("1 row of people holds a value of visits not a whole number from "
        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE), refused::getMessage);
    long visits = db.jdbi().withHandle(h -> h.createQuery("SELECT visits FROM people WHERE name = 'Alan'")
        .mapTo(Long.class).one());
    assertEquals(3_000_000_000L, visits);

    db.jdbi().useHandle(h -> h.execute("UPDATE people SET visits = 9 WHERE name = 'Alan'"));
    assertEquals(2, migrator.upgrade().to());
    assertFalse(migrator.history().stream().anyMatch(r -> !r.success()));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void undoingAWideningIsCheckedToo(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = start(db, folder);
    SchemaDef wider = schema(people(Models.varchar("name", 300, true), WIDE.tables().get(0).columns().get(2),
        WIDE.tables().get(0).columns().get(3)));
    MigrationAuthor.migrate(folder, wider, db.dialect(), "longer names", DiffOptions.defaults(), false);
    assertEquals(2, migrator.upgrade().to());
    db.jdbi().useHandle(h -> h.execute("UPDATE people SET name = '" + "x".repeat(200) + "' WHERE name = 'Alan'"));

    MigrationException refused = assertThrows(MigrationException.class, () -> migrator.downgrade(1));
    assertTrue(refused.getMessage().contains("1 row of people holds a value of name longer than 128 characters"),
        refused::getMessage);
    assertEquals(2, migrator.current());
    db.jdbi().useHandle(h -> h.execute("UPDATE people SET name = 'Alan' WHERE name LIKE 'xx%'"));
    assertEquals(1, migrator.downgrade(1).size());
    assertEquals(List.of("Ada Lovelace, Countess", "Alan"), names(db));
  }

  private static List<String> names(TestDatabase db) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM people ORDER BY id").mapTo(String.class).list());
  }
}
