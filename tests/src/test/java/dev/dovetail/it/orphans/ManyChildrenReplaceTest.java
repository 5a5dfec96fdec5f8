package dev.dovetail.it.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.runtime.ManyToManyHandle.Changes;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code replaceWith} of a one-to-many handle given more children than any engine takes parameters in one
 * statement (PostgreSQL and MariaDB 65,535, SQLite 32,766): the ids are bound as the engine binds many keys, not
 * one parameter each, on every database.
 */
class ManyChildrenReplaceTest {
  private static final int MANY = 66_000;

  @DatabaseTest
  void replaceWithMoreChildrenThanAStatementTakesParameters(TestDatabase database) {
    OrphansDb db = OrphansDb.create(database.dataSource(), database.dialect());
    db.createSchema();
    Basket basket = db.baskets().insert(new Basket(null, "basket"));
    Basket other = db.baskets().insert(new Basket(null, "other"));
    List<Note> before = db.notes().insertAll(IntStream.range(0, 10)
        .mapToObj(i -> new Note(null, "before " + i, basket.id())).toList());
    List<Note> moved = db.notes().insertAll(IntStream.range(0, MANY)
        .mapToObj(i -> new Note(null, "moved " + i, other.id())).toList());

    assertEquals(new Changes(MANY, before.size()), db.baskets().notes(basket).replaceWith(moved));
    assertEquals(MANY, db.baskets().notes(basket).count());
    assertEquals(0, db.baskets().notes(other).count());

    List<Note> kept = new ArrayList<>(moved.subList(0, MANY - 5));
    kept.add(before.get(0));
    assertEquals(new Changes(1, 5), db.baskets().notes(basket).replaceWith(kept));
    assertEquals(MANY - 4, db.baskets().notes(basket).count());
    assertEquals(before.size() - 1 + 5, db.notes().query().all().stream().filter(n -> n.basketId() == null)
        .count());
  }
}
