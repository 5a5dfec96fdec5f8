package dev.dovetail.migrate.alter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ALTER statements live with the migration engine, one class per engine chosen from the dialect; the
 * runtime's dialect keeps what applications need. (The statements themselves run on every engine in the
 * migration tests: MigrationCycleTest, SchemaDiffTest, DataPreservationTest.)
 */
class AlterTest {
  private static final ColumnDef EMAIL = new ColumnDef("email", ColumnType.VARCHAR, 200, 0, 0, true, false);

  @Test
  void eachEngineHasItsOwn() {
    assertInstanceOf(H2Alter.class, Alter.of(Dialect.H2));
    assertInstanceOf(PostgresAlter.class, Alter.of(Dialect.POSTGRESQL));
    assertInstanceOf(MariaDbAlter.class, Alter.of(Dialect.MARIADB));
    assertInstanceOf(SqliteAlter.class, Alter.of(Dialect.SQLITE));
  }

  @Test
  void theStatementsAreEachEnginesOwn() {
    assertEquals("DROP INDEX ix", Alter.of(Dialect.POSTGRESQL).dropIndex("t", "ix"));
    assertEquals("DROP INDEX ix ON t", Alter.of(Dialect.MARIADB).dropIndex("t", "ix"));
    assertEquals("ALTER TABLE t ALTER COLUMN email TYPE VARCHAR(200)",
        Alter.of(Dialect.POSTGRESQL).alterColumnType("t", EMAIL));
    assertEquals("ALTER TABLE t MODIFY email VARCHAR(200) NULL", Alter.of(Dialect.MARIADB).alterColumnType("t", EMAIL));
    assertEquals("''::bytea", Alter.of(Dialect.POSTGRESQL).zeroValue(
        new ColumnDef("b", ColumnType.BINARY, 0, 0, 0, false, false)));
  }

  @Test
  void theRuntimesDialectNoLongerAlters() {
    Set<String> alters = Set.of("addColumn", "dropColumn", "alterColumnType", "setNullability", "setIdentity",
        "renameColumn", "renameTable", "renameConstraint", "renameIndex", "dropForeignKey", "dropIndex",
        "addPrimaryKey", "dropPrimaryKey", "zeroValue");
    List<String> left = Arrays.stream(Dialect.class.getMethods()).map(Method::getName).filter(alters::contains).toList();
    assertEquals(List.of(), left, "the ALTER statements Dialect still has");
  }
}
