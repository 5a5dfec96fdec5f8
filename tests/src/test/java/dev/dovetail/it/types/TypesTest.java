package dev.dovetail.it.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Every supported type round-trips through generated code, whatever the JVM's time zone. */
class TypesTest {
  private static final Instant AT = Instant.parse("2026-03-29T01:30:00.123456Z");

  private static Sample full(UUID id) {
    return full(id, new BigDecimal("12345678901234.123456"));
  }

  private static Sample full(UUID id, BigDecimal price) {
    return new Sample(id, true, false, (byte) -7, (byte) 8, (short) -300, (short) 301, -70_000, 70_001,
        -5_000_000_000L, 5_000_000_001L, 1.5f, -2.25f, Math.PI, -Math.E, 'é', 'x', "it's \"quoted\"; -- not SQL",
        "long ".repeat(2000), price, UUID.randomUUID(), new byte[] {0, 1, -1, 127},
        AT, LocalDate.of(2024, 2, 29), LocalDateTime.of(2026, 3, 29, 2, 30, 0, 654_321_000),
        OffsetDateTime.of(2026, 10, 25, 1, 30, 0, 1_000, ZoneOffset.ofHours(5)), Color.GREEN);
  }

  private static Sample empty(UUID id) {
    return new Sample(id, false, null, (byte) 0, null, (short) 0, null, 0, null, 0L, null, 0f, null, 0d, null,
        'a', null, null, null, null, null, null, null, null, null, null, null);
  }

  @DatabaseTest
  void everyTypeRoundTripsInANonUtcZone(Jdbi jdbi) {
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
    try {
      TypesDb db = TypesDb.create(jdbi);
      db.createSchema();
      Sample in = full(UUID.randomUUID());
      db.samples().insert(in);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Sample out = db.samples().findById(in.id()).orElseThrow();

      assertEquals(in.flag(), out.flag());
      assertEquals(in.maybeFlag(), out.maybeFlag());
      assertEquals(in.tiny(), out.tiny());
      assertEquals(in.maybeTiny(), out.maybeTiny());
      assertEquals(in.small(), out.small());
      assertEquals(in.maybeSmall(), out.maybeSmall());
      assertEquals(in.count(), out.count());
      assertEquals(in.maybeCount(), out.maybeCount());
      assertEquals(in.big(), out.big());
      assertEquals(in.maybeBig(), out.maybeBig());
      assertEquals(in.ratio(), out.ratio());
      assertEquals(in.maybeRatio(), out.maybeRatio());
      assertEquals(in.amount(), out.amount());
      assertEquals(in.maybeAmount(), out.maybeAmount());
      assertEquals(in.letter(), out.letter());
      assertEquals(in.maybeLetter(), out.maybeLetter());
      assertEquals(in.text(), out.text());
      assertEquals(in.essay(), out.essay());
      assertEquals(in.price(), out.price());
      assertEquals(in.reference(), out.reference());
      assertArrayEquals(in.payload(), out.payload());
      assertEquals(AT, out.at(), "an Instant keeps its microseconds and does not shift with the zone");
      assertEquals(in.day(), out.day());
      assertEquals(in.wallClock(), out.wallClock());
      assertEquals(in.zoned().toInstant(), out.zoned().toInstant());
      assertEquals(Color.GREEN, out.color());
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @DatabaseTest
  void nullsRoundTripForEveryNullableType(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    Sample in = empty(UUID.randomUUID());
    db.samples().insert(in);
    Sample out = db.samples().findById(in.id()).orElseThrow();
    assertNull(out.maybeFlag());
    assertNull(out.maybeTiny());
    assertNull(out.maybeBig());
    assertNull(out.maybeLetter());
    assertNull(out.text());
    assertNull(out.price());
    assertNull(out.payload());
    assertNull(out.at());
    assertNull(out.zoned());
    assertNull(out.color());
    assertEquals(in.toString(), out.toString());
  }

  @DatabaseTest
  void aClassEntityWithGettersAndAPublicField(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    Gadget saved = db.gadgets().insert(new Gadget(null, "lamp", true));
    assertTrue(saved.getId() != null);
    Gadget loaded = db.gadgets().findById(saved.getId()).orElseThrow();
    assertEquals("lamp", loaded.getName());
    assertTrue(loaded.active);
    assertTrue(db.gadgets().update(new Gadget(saved.getId(), "lamp", false)));
    assertEquals(false, db.gadgets().findById(saved.getId()).orElseThrow().active);
  }

  /**
   * A decimal given with fewer digits after the point than its column's scale is stored at that scale, and
   * {@code insert} returns it so: {@code 1} in a scale-6 column is {@code 1.000000} in what {@code insert}
   * returns as in what {@code findById} reads, which {@link BigDecimal#equals} compares scale and all.
   */
  @DatabaseTest
  void aDecimalIsReturnedByInsertAtItsColumnsScale(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    for (String given : new String[] {"1", "-0.5", "12345678901234.12", "0"}) {
      Sample in = db.samples().insert(full(UUID.randomUUID(), new BigDecimal(given)));
      Sample out = db.samples().findById(in.id()).orElseThrow();
      assertEquals(new BigDecimal(given).setScale(6), in.price(), "insert of " + given);
      assertEquals(in.price(), out.price(), "read back of " + given);
    }
    List<Sample> batch = db.samples().insertAll(List.of(full(UUID.randomUUID(), new BigDecimal("2.5")),
        full(UUID.randomUUID(), new BigDecimal("-7"))));
    for (Sample in : batch) {
      assertEquals(6, in.price().scale(), "insertAll of " + in.price());
      assertEquals(in.price(), db.samples().findById(in.id()).orElseThrow().price());
    }
  }
}
