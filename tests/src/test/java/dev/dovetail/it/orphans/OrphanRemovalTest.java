package dev.dovetail.it.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.ManyToManyHandle.Changes;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code @ManyToOne(orphanRemoval = true)} on every database: {@code remove}, {@code clear} and
 * {@code replaceWith} of the one-to-many handle delete the children they detach, one statement each; without the
 * declaration a nullable key is set to {@code NULL} and a {@code NOT NULL} one refuses, naming the declaration.
 */
class OrphanRemovalTest {
  private CountingDataSource counting;
  private OrphansDb db;
  private Basket basket;
  private Basket other;

  @BeforeEach
  void fresh(TestDatabase database) {
    counting = new CountingDataSource(database.dataSource());
    db = OrphansDb.create(Jdbi.create(counting), database.dialect());
    db.createSchema();
    basket = db.baskets().insert(new Basket(null, "basket"));
    other = db.baskets().insert(new Basket(null, "other"));
  }

  private List<Item> items(String... names) {
    return db.items().insertAll(Arrays.stream(names).map(n -> new Item(null, n, basket.id())).toList());
  }

  private List<String> names(List<Item> items) {
    return items.stream().map(Item::name).sorted().toList();
  }

  private int statements(Runnable call) {
    counting.reset();
    call.run();
    return counting.count();
  }

  @DatabaseTest
  void removeDeletesTheOrphanInOneStatement(TestDatabase database) {
    List<Item> i = items("a", "b");
    Item elsewhere = db.items().insert(new Item(null, "x", other.id()));

    assertEquals(1, statements(() -> assertTrue(db.baskets().items(basket).remove(i.get(0)))));
    assertFalse(db.items().exists(i.get(0)), "the orphan is deleted");
    assertFalse(db.baskets().items(basket).remove(elsewhere), "a child of another basket is not removed here");
    assertTrue(db.items().exists(elsewhere));
    assertEquals(List.of("b"), names(db.baskets().items(basket).all()));
  }

  @DatabaseTest
  void clearDeletesEveryChildInOneStatement(TestDatabase database) {
    items("a", "b", "c");
    db.items().insert(new Item(null, "x", other.id()));

    int[] cleared = new int[1];
    assertEquals(1, statements(() -> cleared[0] = db.baskets().items(basket).clear()));
    assertEquals(3, cleared[0]);
    assertEquals(1, db.items().count(), "only the other basket's item is left");
    assertEquals(0, db.baskets().items(basket).clear());
  }

  @DatabaseTest
  void replaceWithAttachesTheNewAndDeletesTheOrphansInTwoStatements(TestDatabase database) {
    List<Item> i = items("a", "b", "c");
    Item moved = db.items().insert(new Item(null, "x", other.id()));

    Changes[] changes = new Changes[1];
    assertEquals(2, statements(() -> changes[0] = db.baskets().items(basket).replaceWith(List.of(i.get(0), moved))));
    assertEquals(new Changes(1, 2), changes[0]);
    assertEquals(List.of("a", "x"), names(db.baskets().items(basket).all()));
    assertEquals(List.of(), db.baskets().items(other).all());
    assertEquals(2, db.items().count(), "b and c are deleted");

    assertEquals(new Changes(0, 2), db.baskets().items(basket).replaceWith(List.of()));
    assertEquals(0, db.items().count());
  }

  @DatabaseTest
  void aNotNullKeyWithoutTheDeclarationRefusesAndNamesIt(TestDatabase database) {
    Label label = db.labels().insert(new Label(null, "fragile", basket.id()));
    Label kept = db.labels().insert(new Label(null, "heavy", basket.id()));

    for (Executable call : List.<Executable>of(
        () -> db.baskets().labels(basket).remove(label),
        () -> db.baskets().labels(basket).clear(),
        () -> db.baskets().labels(basket).replaceWith(List.of(kept)))) {
      DovetailException e = assertThrows(DovetailException.class, call);
      assertTrue(e.getMessage().contains("basket_labels.basket_id may not be null"), e.getMessage());
      assertTrue(e.getMessage().contains("@ManyToOne(orphanRemoval = true)"), e.getMessage());
    }
    assertEquals(2, db.baskets().labels(basket).count(), "nothing changed");
    assertEquals(new Changes(0, 0), db.baskets().labels(basket).replaceWith(List.of(label, kept)),
        "replacing with the same children detaches none");
  }

  @DatabaseTest
  void aNullableKeyWithoutTheDeclarationKeepsTheDetachedChildren(TestDatabase database) {
    Note a = db.notes().insert(new Note(null, "a", basket.id()));
    Note b = db.notes().insert(new Note(null, "b", basket.id()));
    Note c = db.notes().insert(new Note(null, "c", basket.id()));

    assertTrue(db.baskets().notes(basket).remove(a));
    assertEquals(new Changes(0, 1), db.baskets().notes(basket).replaceWith(List.of(b)));
    assertEquals(1, db.baskets().notes(basket).clear());
    assertEquals(3, db.notes().count(), "every note is still there");
    assertEquals(3, db.notes().query().where("basket_id IS NULL").count());
    assertTrue(db.notes().exists(c));
  }
}
