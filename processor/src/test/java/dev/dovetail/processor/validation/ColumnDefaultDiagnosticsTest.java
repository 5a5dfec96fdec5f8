package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertOrphanReported;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.orphan;
import static dev.dovetail.processor.validation.Sources.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaJson;
import dev.dovetail.schema.TableDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Column defaults: valid ones of every type in the DDL of each engine and in the snapshot; DV115 to DV117 for
 * those that do not fit their column or cannot apply.
 */
class ColumnDefaultDiagnosticsTest {
  private final JavaFileObject orphan = orphan();

  @Test
  void validDefaultsOfEveryKindCompile() {
    JavaFileObject level = type("Level", "public enum Level { LOW, HIGH }");
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @Column(nullable = false, defaultValue = \"0\") Integer count,",
        "    @Column(defaultValue = \"-128\") Byte small,",
        "    @Column(defaultValue = \"true\") boolean active,",
        "    @Column(defaultValue = \"0.5\") Double ratio,",
        "    @Column(precision = 6, scale = 2, defaultValue = \"1234.50\") java.math.BigDecimal price,",
        "    @Column(defaultValue = \"x\") Character grade,",
        "    @Column(length = 12, defaultValue = \"it's \\\\ here\") String motto,",
        "    @Column(defaultValue = \"\") String blank,",
        "    @Column(defaultValue = \"HIGH\") Level level,",
        "    @Column(defaultValue = \"123e4567-e89b-12d3-a456-426614174000\") java.util.UUID token,",
        "    @Column(defaultValue = \"2024-02-29\") java.time.LocalDate birthday,",
        "    @Column(defaultValue = \"2024-02-29T10:15:30\") java.time.LocalDateTime at,",
        "    @Column(defaultValue = \"2024-02-29T10:15:30+02:00\") java.time.Instant moment,",
        "    @Column(nullable = false, defaultNow = true) java.time.OffsetDateTime created) {}");
    Compilation c = compile(level, item, database("Shop", "Item"));
    assertThat(c).succeededWithoutWarnings();

    String h2 = resource(c, "META-INF/dovetail/Shop/h2.sql");
    for (String column : new String[] {
        "count INTEGER DEFAULT 0 NOT NULL", "small SMALLINT DEFAULT -128", "active BOOLEAN DEFAULT TRUE NOT NULL",
        "ratio DOUBLE PRECISION DEFAULT 0.5", "price NUMERIC(6, 2) DEFAULT 1234.50", "grade CHAR(1) DEFAULT 'x'",
        "motto VARCHAR(12) DEFAULT 'it''s \\ here'", "blank VARCHAR(255) DEFAULT ''",
        "level VARCHAR(64) DEFAULT 'HIGH'", "token UUID DEFAULT '123e4567-e89b-12d3-a456-426614174000'",
        "birthday DATE DEFAULT DATE '2024-02-29'", "at TIMESTAMP(6) DEFAULT TIMESTAMP '2024-02-29 10:15:30.000000'",
        "moment TIMESTAMP(6) WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '2024-02-29 08:15:30.000000+00:00'",
        "created TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL"}) {
      assertTrue(h2.contains(column), () -> column + " in:\n" + h2);
    }
    String postgresql = resource(c, "META-INF/dovetail/Shop/postgresql.sql");
    assertTrue(postgresql.contains("created TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP NOT NULL"), postgresql);
    String mariadb = resource(c, "META-INF/dovetail/Shop/mariadb.sql");
    assertTrue(mariadb.contains("motto VARCHAR(12) DEFAULT (CONCAT('it''s ', CHAR(92 USING utf8mb4), ' here'))"),
        mariadb);
    assertTrue(mariadb.contains("moment DATETIME(6) DEFAULT TIMESTAMP '2024-02-29 08:15:30.000000'"), mariadb);
    assertTrue(mariadb.contains("created DATETIME(6) DEFAULT (UTC_TIMESTAMP(6)) NOT NULL"), mariadb);
    String sqlite = resource(c, "META-INF/dovetail/Shop/sqlite.sql");
    assertTrue(sqlite.contains("active INTEGER DEFAULT 1 NOT NULL"), sqlite);
    assertTrue(sqlite.contains("moment TEXT DEFAULT '2024-02-29T08:15:30.000000Z'"), sqlite);
    assertTrue(sqlite.contains("created TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z') NOT NULL"),
        sqlite);

    String snapshot = resource(c, "META-INF/dovetail/Shop/schema.json");
    TableDef items = SchemaJson.read(snapshot).tables().get(0);
    assertEquals(ColumnDefault.literal("1234.50"), items.column("price").orElseThrow().defaultValue());
    assertEquals(ColumnDefault.literal("2024-02-29T08:15:30.000000Z"),
        items.column("moment").orElseThrow().defaultValue());
    assertEquals(ColumnDefault.now(), items.column("created").orElseThrow().defaultValue());
    assertEquals(null, items.column("id").orElseThrow().defaultValue());
    assertTrue(snapshot.contains("\"nullable\": false, \"identity\": false, \"defaultNow\": true}"), snapshot);
  }

  private static String resource(Compilation c, String path) {
    try {
      return new String(c.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().openInputStream()
          .readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void literalThatIsNoValueOfTheType() {
    JavaFileObject level = type("Level", "public enum Level { LOW, HIGH }");
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @Column(defaultValue = \"many\") Integer count,",
        "    @Column(defaultValue = \"yes\") Boolean active,",
        "    @Column(defaultValue = \"MEDIUM\") Level level,",
        "    @Column(defaultValue = \"200\") byte small,",
        "    @Column(defaultValue = \"2024-02-30\") java.time.LocalDate birthday,",
        "    @Column(defaultValue = \"xy\") char grade,",
        "    @Column(defaultValue = \"00\") byte[] data) {}");
    Compilation c = compile(level, item, orphan, database("Shop", "Item", "Orphan"));
    assertThat(c).failed();
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("many", "Item.count", "Integer",
        ColumnDefault.example(ColumnType.INTEGER)), item, "\"many\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("yes", "Item.active", "Boolean", "write true or false"),
        item, "\"yes\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("MEDIUM", "Item.level", "Level",
        "it is not a constant of Level; write one of [LOW, HIGH]"), item, "\"MEDIUM\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("200", "Item.small", "byte", "a byte holds -128 to 127"),
        item, "\"200\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("2024-02-30", "Item.birthday", "LocalDate",
        ColumnDefault.example(ColumnType.DATE)), item, "\"2024-02-30\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("xy", "Item.grade", "char", "write exactly one character"),
        item, "\"xy\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("00", "Item.data", "byte[]",
        "a byte[] column takes no literal default"), item, "\"00\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void literalThatDoesNotFitTheColumnSize() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @Column(length = 3, defaultValue = \"four\") String code,",
        "    @Column(precision = 5, scale = 2, defaultValue = \"1.234\") java.math.BigDecimal rate,",
        "    @Column(precision = 5, scale = 2, defaultValue = \"1234\") java.math.BigDecimal price) {}");
    Compilation c = compile(item, orphan, database("Shop", "Item", "Orphan"));
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("four", "Item.code", "String",
        "it is 4 characters long, and the column holds 3; write a shorter default, or a larger @Column(length)"),
        item, "\"four\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("1.234", "Item.rate", "BigDecimal",
        "it has 3 digits after the point, and the column keeps 2; write fewer, or a larger @Column(scale)"),
        item, "\"1.234\"");
    assertError(c, Diagnostic.DEFAULT_NOT_OF_TYPE.format("1234", "Item.price", "BigDecimal",
        "it has 4 digits before the point, and the column keeps 3 (precision 5, scale 2); write a smaller value, "
            + "or a larger @Column(precision)"), item, "\"1234\"");
    assertOrphanReported(c, orphan);
  }

  @Test
  void currentTimeOnAColumnThatHoldsNoPointInTime() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @Column(defaultNow = true) java.time.LocalDateTime at,",
        "    @Column(defaultNow = true) String stamp) {}");
    Compilation c = compile(item, orphan, database("Shop", "Item", "Orphan"));
    assertError(c, Diagnostic.DEFAULT_NOW_TYPE.format("Item.at", "LocalDateTime"), item, "LocalDateTime at");
    assertError(c, Diagnostic.DEFAULT_NOW_TYPE.format("Item.stamp", "String"), item, "String stamp");
    assertOrphanReported(c, orphan);
  }

  @Test
  void defaultOnAnIdOrTwoDefaults() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue @Column(defaultValue = \"1\") Long id,",
        "    @Column(defaultValue = \"2024-02-29T10:15:30Z\", defaultNow = true) java.time.Instant at) {}");
    JavaFileObject code = type("Code",
        "@Entity(table = \"codes\")",
        "public record Code(@Id @Column(defaultValue = \"A\") String code) {}");
    Compilation c = compile(item, code, orphan, database("Shop", "Item", "Code", "Orphan"));
    assertError(c, Diagnostic.DEFAULT_NOT_APPLICABLE.format("Item.id",
        "it is an @Id, which identifies each row, and a default would give every row the same one",
        "remove the default: @GeneratedValue assigns the id"), item, "Long id");
    assertError(c, Diagnostic.DEFAULT_NOT_APPLICABLE.format("Item.at",
        "it has both defaultValue and defaultNow = true, and a column takes one default", "keep one of them"),
        item, "Instant at");
    assertError(c, Diagnostic.DEFAULT_NOT_APPLICABLE.format("Code.code",
        "it is an @Id, which identifies each row, and a default would give every row the same one",
        "remove the default, or give the id with every row"), code, "String code");
    assertOrphanReported(c, orphan);
  }
}
