package dev.dovetail.it.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.ManyToManyHandle.Changes;
import dev.dovetail.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Declared defaults on every database: what {@code insert} writes for a {@code null}, what it returns, what a row
 * written by plain SQL gets, and links of an association object written by {@code add}, {@code addAll} and
 * {@code replaceWith}.
 */
class ColumnDefaultsTest {
  private static final Duration CLOCKS = Duration.ofSeconds(30);

  private static DefaultsDb fresh(Jdbi jdbi) {
    DefaultsDb db = DefaultsDb.create(jdbi);
    db.createSchema();
    return db;
  }

  private static void assertDefaults(Profile p, Instant before, Instant after) {
    assertEquals(0, p.score());
    assertEquals(true, p.active());
    assertEquals("it's \\ here", p.motto());
    assertEquals(Stage.DRAFT, p.stage());
    assertEquals(0, new BigDecimal("12.50").compareTo(p.price()), () -> "price " + p.price());
    assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), p.token());
    assertEquals(LocalDate.parse("2024-02-29"), p.since());
    assertEquals(LocalDateTime.parse("2024-02-29T10:15:30.5"), p.opened());
    assertEquals(Instant.parse("2024-02-29T08:15:30Z"), p.moment());
    assertNow(p.created(), before, after);
  }

  /** The database's clock, read on the same machine: within a margin of the test's. */
  private static void assertNow(Instant value, Instant before, Instant after) {
    assertTrue(value != null && !value.isBefore(before.minus(CLOCKS)) && !value.isAfter(after.plus(CLOCKS)),
        () -> value + " is not between " + before + " and " + after);
  }

  @DatabaseTest
  void insertWritesTheDefaultsForNullsAndReturnsTheRowAsStored(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    Instant before = Instant.now();
    Profile stored = db.profiles().insert(Profile.named("ada"));
    Instant after = Instant.now();

    assertDefaults(stored, before, after);
    assertEquals(stored, db.profiles().findById(stored.id()).orElseThrow());
  }

  @DatabaseTest
  void givenValuesAreWrittenAsGiven(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    Instant created = Instant.parse("2020-01-02T03:04:05.123456Z");
    Profile given = new Profile(null, "bo", 7, false, "mine", Stage.PUBLISHED, new BigDecimal("1.25"),
        UUID.fromString("00000000-0000-0000-0000-000000000001"), LocalDate.parse("2020-01-01"),
        LocalDateTime.parse("2020-01-01T00:00:00"), Instant.parse("2020-01-01T00:00:00Z"), created);
    Profile stored = db.profiles().insert(given);

    assertEquals(7, stored.score());
    assertEquals(false, stored.active());
    assertEquals(Stage.PUBLISHED, stored.stage());
    assertEquals(created, stored.created());
    assertEquals(stored, db.profiles().findById(stored.id()).orElseThrow());
  }

  @DatabaseTest
  void insertAllMixesRowsWithDefaultsAndRowsWithout(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    Profile full = new Profile(null, "full", 3, true, "m", Stage.PUBLISHED, new BigDecimal("1.00"), UUID.randomUUID(),
        LocalDate.parse("2021-01-01"), LocalDateTime.parse("2021-01-01T00:00:00"),
        Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
    Instant before = Instant.now();
    List<Profile> stored = db.profiles().insertAll(List.of(Profile.named("one"), full, Profile.named("two")));
    Instant after = Instant.now();

    assertEquals(List.of("one", "full", "two"), stored.stream().map(Profile::name).toList());
    assertDefaults(stored.get(0), before, after);
    assertDefaults(stored.get(2), before, after);
    assertEquals(3, stored.get(1).score());
    assertEquals(3, db.profiles().count());
    for (Profile p : stored) {
      assertEquals(p, db.profiles().findById(p.id()).orElseThrow());
    }
  }

  @DatabaseTest
  void aRowWrittenWithoutTheColumnsGetsTheDefaultsOfTheDdl(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    Instant before = Instant.now();
    jdbi.useHandle(h -> h.execute("INSERT INTO profiles (name) VALUES ('raw')"));
    Instant after = Instant.now();

    assertDefaults(db.profiles().query().where("name = 'raw'").first().orElseThrow(), before, after);
  }

  @DatabaseTest
  void linksOfAnAssociationObjectWhoseColumnsHaveDefaultsAreWrittenByTheHandle(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    List<Reader> r = db.readers().insertAll(List.of(
        new Reader(null, "ann"), new Reader(null, "ben"), new Reader(null, "cy"), new Reader(null, "di")));
    Instant before = Instant.now();

    assertTrue(db.readers().following(r.get(0)).add(r.get(1)));
    assertFalse(db.readers().following(r.get(0)).add(r.get(1)), "a second add is a no-op");
    assertEquals(2, db.readers().following(r.get(1)).addAll(List.of(r.get(2), r.get(3))));
    assertEquals(new Changes(2, 0), db.readers().followers(r.get(0)).replaceWith(List.of(r.get(2), r.get(3))));
    Instant after = Instant.now();

    List<Follow> follows = db.follows().findAll();
    assertEquals(5, follows.size());
    for (Follow follow : follows) {
      assertNow(follow.since(), before, after);
      assertEquals(true, follow.alerts());
    }
    assertEquals(List.of("ben"), db.readers().following(r.get(0)).all().stream().map(Reader::name).toList());
    assertEquals(List.of("cy", "di"),
        db.readers().followers(r.get(0)).orderBy("t.name").all().stream().map(Reader::name).toList());
    assertEquals(List.of("cy", "di"),
        db.readers().following(r.get(1)).orderBy("t.name").all().stream().map(Reader::name).toList());
  }

  @DatabaseTest
  void aLinkNeedingAColumnWithoutADefaultIsRefusedNamingItAndTheDeclaration(Jdbi jdbi) {
    DefaultsDb db = fresh(jdbi);
    Reader ann = db.readers().insert(new Reader(null, "ann"));
    Reader ben = db.readers().insert(new Reader(null, "ben"));

    DovetailException e = assertThrows(DovetailException.class, () -> db.readers().blocking(ann).add(ben));
    assertTrue(e.getMessage().contains("reader_blocks that needs reason"), e.getMessage());
    assertTrue(e.getMessage().contains("@Column(defaultValue = ...) or defaultNow = true"), e.getMessage());
    assertEquals(0, db.blocks().count());
  }
}
