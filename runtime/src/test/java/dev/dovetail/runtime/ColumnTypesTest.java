package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dovetail.fixture.Model.Everything;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every {@link dev.dovetail.schema.ColumnType} is written and read back unchanged, {@code NULL} included, and
 * points in time keep their microseconds and do not move with the JVM's time zone.
 */
class ColumnTypesTest extends SchoolFixture {
  /** Five and three quarter hours east of UTC: a zone no database or test machine defaults to. */
  private static final TimeZone KATHMANDU = TimeZone.getTimeZone("Asia/Kathmandu");
  private TimeZone saved;

  @BeforeEach
  void moveTheJvmToKathmandu() {
    saved = TimeZone.getDefault();
    TimeZone.setDefault(KATHMANDU);
  }

  @AfterEach
  void restoreTheTimeZone() {
    TimeZone.setDefault(saved);
  }

  private static Everything full(int id) {
    return new Everything(id, true, (short) -32768, Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, Math.PI,
        new BigDecimal("1234567890123456789012345678.0123456789"), 'é', "varchar 'quoted'", "text\nwith ünïcødé ✓",
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {0, 1, -1, 127, -128},
        LocalDate.of(1969, 7, 20), LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000),
        Instant.parse("2024-03-31T01:30:00.123456Z"));
  }

  @DatabaseTest
  void everyTypeRoundTrips() {
    Everything written = full(1);
    db.everything().insert(written);
    assertSameValues(written, db.everything().find(1).orElseThrow());
    assertSameValues(written, db.everything().findAll().get(0));
  }

  @DatabaseTest
  void everyNullableColumnTakesNull() {
    Everything empty = new Everything(2, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
    db.everything().insert(empty);
    assertSameValues(empty, db.everything().find(2).orElseThrow());
    db.everything().update(full(2));
    assertSameValues(full(2), db.everything().find(2).orElseThrow());
    db.everything().update(empty);
    assertSameValues(empty, db.everything().find(2).orElseThrow());
  }

  @DatabaseTest
  void extremeValues() {
    Everything low = new Everything(3, false, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, -Float.MAX_VALUE,
        Double.MIN_VALUE, new BigDecimal("-9999999999999999999999999999.9999999999"), 'x', "", "", new UUID(0, 0),
        new byte[0], LocalDate.of(1, 1, 1), LocalDateTime.of(1900, 1, 1, 0, 0),
        Instant.parse("1901-12-13T20:45:52.000001Z"));
    db.everything().insert(low);
    assertSameValues(low, db.everything().find(3).orElseThrow());
  }

  @DatabaseTest
  void instantsKeepMicrosecondsInAnyZone() throws SQLException {
    List<Instant> instants = List.of(Instant.parse("2024-06-01T12:00:00.000001Z"),
        Instant.parse("2024-12-31T23:59:59.999999Z"), Instant.parse("1970-01-01T00:00:00Z"),
        // The hour that does not exist in Europe's spring-forward night, where a zone-shifted value would move.
        Instant.parse("2024-03-31T02:30:00.5Z"));
    int id = 10;
    for (Instant instant : instants) {
      db.everything().insert(new Everything(id, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, instant));
      assertEquals(instant, db.everything().find(id).orElseThrow().instant());
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertEquals(instant, db.everything().find(id).orElseThrow().instant());
      TimeZone.setDefault(KATHMANDU);
      assertEquals(instant, storedInUtc(id));
      id++;
    }
  }

  @DatabaseTest
  void queryParametersBindInstantsAndUuidsLikeColumns() {
    Everything written = full(4);
    db.everything().insert(written);
    assertEquals(1, db.everything().query().where("t.instant = :at", "at", written.instant()).count());
    assertEquals(1, db.everything().query().where("t.uuid = :u", "u", written.uuid()).count());
    assertEquals(1, db.everything().query().where("t.letter = :c", "c", 'é').count());
    // DAY is reserved on H2: a fragment quotes it, as the DDL did.
    assertEquals(1, db.everything().query().where("t.\"day\" = :d", "d", written.day()).count());
    assertEquals(0, db.everything().query().where("t.instant > :at", "at", written.instant()).count());
  }

  /** The instant as the database itself sees it, read as an offset date-time, not through the runtime. */
  private Instant storedInUtc(int id) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement ps = c.prepareStatement("SELECT instant FROM everything WHERE id = ?")) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, OffsetDateTime.class).toInstant();
      }
    }
  }

  private static void assertSameValues(Everything expected, Everything actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.flag(), actual.flag());
    assertEquals(expected.small(), actual.small());
    assertEquals(expected.number(), actual.number());
    assertEquals(expected.big(), actual.big());
    assertEquals(expected.real(), actual.real());
    assertEquals(expected.dbl(), actual.dbl());
    if (expected.money() == null) {
      assertNull(actual.money());
    } else {
      assertEquals(0, expected.money().compareTo(actual.money()), () -> expected.money() + " <> " + actual.money());
      assertEquals(10, actual.money().scale());
    }
    assertEquals(expected.letter(), actual.letter());
    assertEquals(expected.code(), actual.code());
    assertEquals(expected.text(), actual.text());
    assertEquals(expected.uuid(), actual.uuid());
    assertArrayEquals(expected.bytes(), actual.bytes());
    assertEquals(expected.day(), actual.day());
    assertEquals(expected.local(), actual.local());
    assertEquals(expected.instant(), actual.instant());
  }
}
