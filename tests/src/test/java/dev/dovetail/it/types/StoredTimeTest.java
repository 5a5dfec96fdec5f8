package dev.dovetail.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every database keeps a point in time to the microsecond, and every one keeps the same microsecond: what a
 * value finer than that loses is cut off, never rounded, and {@code insert} returns the value as stored.
 */
class StoredTimeTest {

  /** Instants at the edges: a year's last nanosecond, the half-microsecond, the epoch and before it. */
  private static List<Instant> instants(Dialect dialect) {
    List<Instant> out = new ArrayList<>(List.of(
        Instant.parse("2024-12-31T23:59:59.999999999Z"),
        Instant.parse("2024-06-01T12:00:00.000000500Z"),
        Instant.parse("2024-06-01T12:00:00.000001500Z"),
        Instant.parse("2024-06-01T12:00:00.000000499Z"),
        Instant.parse("2024-06-01T12:00:00.123456789Z"),
        Instant.EPOCH,
        Instant.parse("1970-01-01T00:00:00.000000001Z"),
        Instant.parse("1969-12-31T23:59:59.999999999Z"),
        Instant.parse("1969-12-31T23:59:59.000000500Z"),
        Instant.parse("1900-02-28T23:59:59.999999500Z"),
        // The range every database takes: MariaDB's DATETIME begins at year 1000, SQLite's text ends at 9999.
        Instant.parse("1000-01-01T00:00:00.000000999Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z")));
    if (dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL) {
      out.add(Instant.parse("0001-01-01T00:00:00.000000999Z"));
    }
    if (dialect == Dialect.SQLITE) {
      out.add(Instant.parse("0000-01-01T00:00:00.000000999Z"));
    }
    return out;
  }

  private static Moment moment(Instant at) {
    LocalDateTime wallClock = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    // An offset east of UTC, so that the year-end edge falls on another day at UTC.
    OffsetDateTime zoned = at.atOffset(ZoneOffset.ofHours(5)).withOffsetSameLocal(ZoneOffset.ofHours(5));
    return new Moment(null, at, wallClock, zoned, wallClock.toLocalDate());
  }

  /** What every database keeps of {@code at}: its microseconds, the rest cut off towards the past. */
  private static Instant micros(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  private static TypesDb fresh(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    return db;
  }

  @DatabaseTest
  void insertReturnsWhatFindReadsBack(Jdbi jdbi) {
    TypesDb db = fresh(jdbi);
    for (Instant at : instants(db.dialect())) {
      Moment in = moment(at);
      Moment stored = db.moments().insert(in);
      Moment found = db.moments().findById(stored.id()).orElseThrow();
      assertEquals(found, stored, () -> "insert of " + in);
      assertEquals(micros(at), found.at(), () -> "Instant " + at);
      assertEquals(LocalDateTime.ofInstant(micros(at), ZoneOffset.UTC), found.wallClock(), () -> "wall clock " + at);
      assertEquals(micros(at), found.zoned().toInstant(), () -> "OffsetDateTime " + in.zoned());
      assertEquals(in.day(), found.day());
    }
  }

  @DatabaseTest
  void insertAllReturnsWhatFindReadsBack(Jdbi jdbi) {
    TypesDb db = fresh(jdbi);
    List<Moment> in = new ArrayList<>();
    for (Instant at : instants(db.dialect())) {
      in.add(moment(at));
    }
    // One given id among the generated ones: the two batches of insertAll.
    in.add(new Moment(5000L, in.get(0).at(), in.get(0).wallClock(), in.get(0).zoned(), in.get(0).day()));
    List<Moment> stored = db.moments().insertAll(in);
    assertEquals(in.size(), stored.size());
    for (int i = 0; i < stored.size(); i++) {
      Moment found = db.moments().findById(stored.get(i).id()).orElseThrow();
      assertEquals(found, stored.get(i), "insertAll of " + in.get(i));
      assertEquals(micros(in.get(i).at()), found.at());
    }
  }

  @DatabaseTest
  void updateStoresTheSameMicrosecondEverywhere(Jdbi jdbi) {
    TypesDb db = fresh(jdbi);
    Moment stored = db.moments().insert(moment(Instant.EPOCH));
    for (Instant at : instants(db.dialect())) {
      Moment changed = moment(at);
      assertTrue(db.moments().update(new Moment(stored.id(), changed.at(), changed.wallClock(), changed.zoned(),
          changed.day())));
      Moment found = db.moments().findById(stored.id()).orElseThrow();
      assertEquals(micros(at), found.at(), () -> "update to " + at);
      assertEquals(LocalDateTime.ofInstant(micros(at), ZoneOffset.UTC), found.wallClock());
      assertEquals(micros(at), found.zoned().toInstant());
    }
  }

  @DatabaseTest
  void aFilterOnAStoredValueFindsIt(Jdbi jdbi) {
    TypesDb db = fresh(jdbi);
    Instant at = Instant.parse("2024-12-31T23:59:59.999999999Z");
    Moment stored = db.moments().insert(moment(at));
    // Bound the same way as the column: the nanoseconds given are cut off alike, and the row matches.
    assertEquals(List.of(stored), db.moments().query().where("at = :at", "at", at).all());
    assertEquals(List.of(stored), db.moments().query()
        .where("wall_clock = :w", "w", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).all());
  }
}
