package dev.dovetail.it.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Users following users (self-referential), an association object with a column of its own, posts with a
 * nullable author, and tables and columns named by reserved words, on every database.
 */
class SocialTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");

  private static SocialDb fresh(Jdbi jdbi) {
    SocialDb db = SocialDb.create(jdbi);
    db.createSchema();
    return db;
  }

  private static List<String> usernames(List<Member> members) {
    return members.stream().map(Member::username).toList();
  }

  @DatabaseTest
  void followsAndUnfollows(Jdbi jdbi) {
    SocialDb db = fresh(jdbi);
    List<Member> m = db.members().insertAll(List.of(
        new Member(null, "john", null), new Member(null, "susan", null), new Member(null, "david", null)));
    Member john = m.get(0);
    Member susan = m.get(1);
    Member david = m.get(2);

    assertTrue(db.members().followed(john).add(susan));
    assertFalse(db.members().followed(john).add(susan), "following twice is a no-op that says so");
    assertTrue(db.members().followed(john).add(david));
    assertTrue(db.members().followed(susan).add(david));

    assertEquals(List.of("david", "susan"), usernames(db.members().followed(john).orderBy("t.username").all()));
    assertEquals(List.of("john", "susan"), usernames(db.members().followers(david).orderBy("t.username").all()));
    assertTrue(db.members().followed(john).contains(susan));
    assertFalse(db.members().followed(susan).contains(john));
    assertEquals(2, db.members().followers(david).count());

    assertTrue(db.members().followed(john).remove(david));
    assertFalse(db.members().followed(john).remove(david));
    assertEquals(List.of("susan"), usernames(db.members().followers(david).all()));
  }

  @DatabaseTest
  void deletingAMemberRemovesItsFollowsInBothDirections(Jdbi jdbi) {
    SocialDb db = fresh(jdbi);
    List<Member> m = db.members().insertAll(List.of(
        new Member(null, "a", null), new Member(null, "b", null), new Member(null, "c", null)));
    db.members().followed(m.get(0)).add(m.get(1));
    db.members().followed(m.get(1)).add(m.get(2));
    db.members().followed(m.get(2)).add(m.get(0));

    assertTrue(db.members().delete(m.get(1)));

    assertTrue(db.members().followed(m.get(0)).isEmpty());
    assertTrue(db.members().followers(m.get(2)).isEmpty());
    assertEquals(List.of(m.get(0)), db.members().followed(m.get(2)).all());
  }

  @DatabaseTest
  void navigatesThroughTheAssociationObject(Jdbi jdbi) {
    SocialDb db = fresh(jdbi);
    List<Member> m = db.members().insertAll(List.of(
        new Member(null, "reader", null), new Member(null, "writer", null), new Member(null, "poet", null)));
    Member reader = m.get(0);
    Member writer = m.get(1);
    Member poet = m.get(2);

    db.subscriptions().insert(new Subscription(reader.id(), writer.id(), NOW));
    assertTrue(db.members().subscribedTo(reader).add(poet), "a link with a nullable own column can be added");
    assertFalse(db.members().subscribedTo(reader).add(writer));

    assertEquals(List.of("poet", "writer"), usernames(db.members().subscribedTo(reader).orderBy("t.username").all()));
    assertEquals(List.of(reader), db.members().subscribers(writer).all());
    List<Subscription> rows = db.members().subscriptionsMade(reader).orderBy("t.publisher_id").all();
    assertEquals(List.of(new Subscription(reader.id(), writer.id(), NOW), new Subscription(reader.id(), poet.id(), null)),
        rows);
    assertEquals(NOW, db.subscriptions().findById(reader.id(), writer.id()).orElseThrow().since());
    assertEquals(1, db.members().subscribedTo(reader).where("j.since IS NOT NULL").count(),
        "filters on a column of the association table");
    assertEquals(List.of(reader), db.members().subscribers(poet).all());
    assertEquals(1, db.members().subscriptionsReceived(writer).count());

    assertTrue(db.subscriptions().deleteById(reader.id(), writer.id()));
    assertEquals(List.of(poet), db.members().subscribedTo(reader).all());
  }

  @DatabaseTest
  void postsKeepTheirAuthorUntilTheAuthorIsDeleted(Jdbi jdbi) {
    SocialDb db = fresh(jdbi);
    Member ann = db.members().insert(new Member(null, "ann", "admins"));
    Post first = db.posts().insert(new Post(null, "hello", NOW, ann.id()));
    Post second = db.posts().insert(new Post(null, "again", NOW.plus(1, ChronoUnit.MINUTES), ann.id()));

    assertEquals(ann, db.posts().author(first).orElseThrow());
    assertEquals(List.of(second, first), db.members().posts(ann).orderBy("t.timestamp DESC").all());
    assertEquals(Set.of(first, second), Set.copyOf(db.members().postsOf(List.of(ann)).get(ann)), "in no set order");

    assertTrue(db.members().delete(ann));
    Post orphan = db.posts().findById(first.id()).orElseThrow();
    assertEquals(null, orphan.authorId(), "ON DELETE SET NULL");
    assertTrue(db.posts().author(orphan).isEmpty());
  }

  @DatabaseTest
  void theTimelineIsOwnAndFollowedPostsNewestFirstInOneStatement(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    SocialDb db = fresh(Jdbi.create(counting));
    List<Member> m = db.members().insertAll(List.of(new Member(null, "john", null), new Member(null, "susan", null),
        new Member(null, "mary", null), new Member(null, "david", null)));
    Member john = m.get(0);
    for (int i = 0; i < m.size(); i++) {
      db.posts().insert(new Post(null, "post from " + m.get(i).username(), NOW.plusSeconds(10 - i), m.get(i).id()));
    }
    db.posts().insert(new Post(null, "older from susan", NOW.minusSeconds(60), m.get(1).id()));
    db.members().followed(john).addAll(List.of(m.get(1), m.get(3)));
    db.members().followed(m.get(1)).add(john);

    counting.reset();
    List<String> timeline = db.posts().query()
        .where("t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me)",
            "me", john.id())
        .orderBy("t.timestamp DESC").orderBy("t.id DESC")
        .page(0, 3).stream().map(Post::body).toList();
    assertEquals(List.of("post from john", "post from susan", "post from david"), timeline);
    assertEquals(1, counting.count(), "the timeline is one statement");
    assertEquals(List.of("older from susan"), db.posts().query()
        .where("t.author_id = :me OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = :me)",
            "me", john.id())
        .orderBy("t.timestamp DESC").orderBy("t.id DESC").page(1, 3).stream().map(Post::body).toList());
  }

  @DatabaseTest
  void reservedWordsAsTableAndColumnNames(Jdbi jdbi) {
    SocialDb db = fresh(jdbi);
    Member buyer = db.members().insert(new Member(null, "buyer", "group one"));
    Order order = db.orders().insert(new Order("A-1", 7, buyer.id()));

    assertEquals(order, db.orders().findById("A-1").orElseThrow());
    assertEquals("group one", db.members().findById(buyer.id()).orElseThrow().group());
    assertEquals(List.of(order), db.members().orders(buyer).all());
    assertTrue(db.orders().update(new Order("A-1", 8, buyer.id())));
    assertEquals(8, db.orders().findById("A-1").orElseThrow().select());
    assertEquals(1, db.members().query().where("t.username = :u", "u", "buyer").count());
  }
}
