package dev.dovetail.it.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.DovetailException;
import dev.dovetail.runtime.ManyToManyHandle.Changes;
import dev.dovetail.testing.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code replaceWith} of a one-to-many handle whose children have text ids, more of them than one chunk of keys
 * (1,000), in a table named by a reserved word ({@code order}), with a {@code NOT NULL} key that keeps its
 * orphans: attached and refused alike on every database, the text compared by the database, not in Java.
 */
class ManyTextIdChildrenTest {
  private static final int MANY = 1_500;

  @DatabaseTest
  void textIdsPastAChunkAreAttachedAndAReplacementThatWouldOrphanIsRefused(Jdbi jdbi) {
    SocialDb db = SocialDb.create(jdbi);
    db.createSchema();
    Member buyer = db.members().insert(new Member(null, "buyer", null));
    Member other = db.members().insert(new Member(null, "other", null));
    List<Order> own = db.orders().insertAll(List.of(new Order("own-1", 1, buyer.id()),
        new Order("own 2 ' -- ;", 2, buyer.id())));
    List<Order> moved = db.orders().insertAll(IntStream.range(0, MANY)
        .mapToObj(i -> new Order("moved-" + i, i, other.id())).toList());
    List<Order> all = new ArrayList<>(moved);
    all.addAll(own);

    assertEquals(new Changes(MANY, 0), db.members().orders(buyer).replaceWith(all));
    assertEquals(MANY + own.size(), db.members().orders(buyer).count());
    assertEquals(0, db.members().orders(other).count());

    DovetailException refused = assertThrows(DovetailException.class,
        () -> db.members().orders(buyer).replaceWith(moved));
    assertTrue(refused.getMessage().contains("2 Order would be left without a parent"), refused.getMessage());
    assertEquals(MANY + own.size(), db.members().orders(buyer).count(), "nothing changed");
  }
}
