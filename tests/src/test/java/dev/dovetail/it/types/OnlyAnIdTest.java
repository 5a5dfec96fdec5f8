package dev.dovetail.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** An entity whose only column is its generated id is inserted in each database's form of "no values". */
class OnlyAnIdTest {

  @DatabaseTest
  void insertsARowOfDefaultsAlone(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    Tag first = db.tags().insert(new Tag(null));
    Tag second = db.tags().insert(new Tag(null));
    assertNotEquals(first.id(), second.id());
    assertEquals(first, db.tags().findById(first.id()).orElseThrow());
    assertEquals(2, db.tags().count());
    assertTrue(db.tags().update(first), "an update with nothing to set finds the row");
  }

  @DatabaseTest
  void insertsManyInOneCall(Jdbi jdbi) {
    TypesDb db = TypesDb.create(jdbi);
    db.createSchema();
    List<Tag> tags = db.tags().insertAll(List.of(new Tag(null), new Tag(null), new Tag(null)));
    assertEquals(3, tags.stream().map(Tag::id).distinct().count(), tags.toString());
    for (Tag tag : tags) {
      assertEquals(tag, db.tags().findById(tag.id()).orElseThrow());
    }
    Tag given = db.tags().insert(new Tag(1000L));
    assertEquals(given, db.tags().findById(1000L).orElseThrow());
    assertEquals(4, db.tags().count());
  }
}
