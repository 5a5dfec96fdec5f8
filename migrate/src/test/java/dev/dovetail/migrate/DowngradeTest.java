package dev.dovetail.migrate;

import static dev.dovetail.migrate.Models.classes;
import static dev.dovetail.migrate.Models.column;
import static dev.dovetail.migrate.Models.entity;
import static dev.dovetail.migrate.Models.schema;
import static dev.dovetail.migrate.Models.varchar;
import static dev.dovetail.migrate.Models.withColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.OnDelete;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import dev.dovetail.testing.TestDatabase.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downgrades return to the previous schema, and the migrations from an empty database arrive at the schema
 * a fresh create of the model makes.
 */
class DowngradeTest {

  /** Five versions of the school, each changing something of another kind. */
  static List<SchemaDef> versions() {
    SchemaDef v1 = Models.school();
    SchemaDef v2 = Models.schoolWithEmail();
    TableDef teachers = entity("teachers", varchar("name", 80, false), column("hired", ColumnType.DATE, true));
    TableDef students3 = Models.withForeignKey(withColumn(v2.table("students").orElseThrow(),
        column("advisor_id", ColumnType.BIGINT, true)), Models.fk("students", "advisor_id", "teachers",
        OnDelete.SET_NULL));
    SchemaDef v3 = schema(students3, classes(), DataPreservationTest.registrations(), teachers);
    // v4: a longer, nullable name with an index; a NOT NULL column; a decimal with precision and scale.
    TableDef students4 = new TableDef("students", List.of(Models.id(), varchar("name", 200, true),
        varchar("email", 120, true), column("advisor_id", ColumnType.BIGINT, true),
        column("credits", ColumnType.INTEGER, false), new ColumnDef("gpa", ColumnType.DECIMAL, 0, 4, 2, true, false)),
        List.of("id"), students3.foreignKeys(), List.of(new IndexDef(SchemaNames.index("students", List.of("name")),
        List.of("name"), false)));
    SchemaDef v4 = schema(students4, classes(), DataPreservationTest.registrations(), teachers);
    SchemaDef v5 = schema(students4, teachers, withColumn(classes(), column("room", ColumnType.SMALLINT, true)));
    return List.of(v1, v2, v3, v4, v5);
  }

  private static Migrator write(TestDatabase db, Path folder, boolean allowDataLoss) {
    List<SchemaDef> versions = versions();
    MigrationAuthor.init(folder, versions.get(0), db.dialect(), "init");
    for (int v = 1; v < versions.size(); v++) {
      MigrationAuthor.migrate(folder, versions.get(v), db.dialect(), "version " + (v + 1),
          DiffOptions.defaults().withDropAndAdd(true), allowDataLoss);
    }
    return Migrator.create(db.jdbi(), db.dialect(), MigrationSource.folder(folder));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void eachDowngradeReturnsToThePreviousSchema(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = write(db, folder, true);
    List<SchemaDef> versions = versions();
    UpgradeResult all = migrator.upgrade();
    assertEquals(5, all.to());
    assertEquals(List.of(), all.warnings());
    db.jdbi().useHandle(h -> h.execute("INSERT INTO students (name, credits) VALUES ('Ada', 3)"));
    for (int version = 5; version > 1; version--) {
      int v = version;
      List<Migration> reverted = migrator.downgrade();
      assertEquals(List.of(v), reverted.stream().map(Migration::version).toList());
      assertEquals(v - 1, migrator.current());
      SchemaDiff drift = SchemaDiff.between(LiveSchema.stored(versions.get(v - 2), db.dialect()),
          migrator.liveSchema("School"),
          DiffOptions.defaults().withDropAndAdd(true));
      assertTrue(drift.isEmpty(), () -> "after downgrading to V" + (v - 1) + ":\n" + drift);
    }
    assertEquals(List.of("Ada"), DataPreservationTest.rows(db.jdbi(), "SELECT name FROM students"));
    migrator.downgrade(0);
    assertEquals(0, migrator.current());
    assertEquals(List.of(), migrator.liveSchema("School").tables());
    assertEquals(5, migrator.upgrade().to(), "and up again");
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void upgradingFromEmptyArrivesAtWhatAFreshCreateMakes(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = write(db, folder, true);
    SchemaDef model = versions().get(4);
    assertEquals(List.of(), migrator.upgrade().warnings());
    SchemaDef migrated = migrator.liveSchema("School");
    SchemaDiff drift = SchemaDiff.between(LiveSchema.stored(model, db.dialect()), migrated);
    assertTrue(drift.isEmpty(), drift::toString);

    db.reset();
    db.jdbi().useHandle(h -> db.dialect().createSchema(model).forEach(h::execute));
    SchemaDef created = migrator.liveSchema("School");
    assertEquals(sorted(created), sorted(migrated));
  }

  @DatabaseTest({Kind.H2, Kind.POSTGRESQL, Kind.MARIADB, Kind.SQLITE})
  void withoutAllowDataLossDropsAreCommentedOutAndReported(TestDatabase db, @TempDir Path folder) {
    Migrator migrator = write(db, folder, false);
    UpgradeResult result = migrator.upgrade();
    assertEquals(5, result.to());
    // SQLite drops a table with its foreign keys, so the one left there is still an association table.
    assertEquals(List.of("the database differs from the snapshot of V5__version_5.sql: + table registrations"
        + (db.kind() == Kind.SQLITE ? " (association table of classes and students)" : "")), result.warnings());
    assertTrue(migrator.downgrade(4).size() == 1);
    assertTrue(SchemaDiff.between(LiveSchema.stored(versions().get(3), db.dialect()), migrator.liveSchema("School"))
        .isEmpty());
  }

  /** Tables by name, columns by name: the order a migration adds them in is not the order a create has. */
  static Map<String, List<String>> sorted(SchemaDef schema) {
    java.util.TreeMap<String, List<String>> out = new java.util.TreeMap<>();
    for (TableDef t : schema.tables()) {
      List<String> parts = new java.util.ArrayList<>();
      t.columns().forEach(c -> parts.add(c.toString()));
      parts.add("pk " + t.primaryKey());
      t.foreignKeys().forEach(fk -> parts.add(fk.toString()));
      t.indexes().forEach(i -> parts.add(i.toString()));
      parts.sort(null);
      out.put(t.name(), parts);
    }
    return out;
  }

}
