package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Comment;
import dev.dovetail.fixture.Model.Post;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/** A foreign key seen from both ends: {@link OneToManyHandle} on the parent, navigation on the child. */
class OneToManyHandleTest extends SchoolFixture {
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private User ann;
  private User ben;

  @BeforeEach
  void twoUsers() {
    ann = user("ann");
    ben = user("ben");
  }

  private Post post(String body, Long authorId) {
    return db.posts().insert(new Post(null, body, NOON, authorId));
  }

  @DatabaseTest
  void childrenOfAParent() {
    Post first = post("first", ann.id());
    Post second = post("second", ann.id());
    post("by ben", ben.id());
    post("anonymous", null);
    assertEquals(List.of(first, second), db.users().posts(ann).orderBy("t.id").all());
    assertEquals(2, db.users().posts(ann).count());
    assertTrue(db.users().posts(ann).contains(second));
    assertEquals(List.of(second), db.users().posts(ann).where("t.body = :b", "b", "second").all());
    assertEquals(1, db.users().posts(ben).count());
  }

  @DatabaseTest
  void addMovesAChildAndRemoveDetachesIt() {
    Post post = post("moving", ann.id());
    Post orphan = post("orphan", null);
    assertTrue(db.users().posts(ben).add(post));
    assertFalse(db.users().posts(ben).add(post));
    assertTrue(db.users().posts(ann).isEmpty());
    assertEquals(Optional.of(ben.id()), db.posts().find(post.id()).map(Post::authorId));
    assertTrue(db.users().posts(ann).add(orphan));
    assertEquals(List.of(orphan.id()), map(db.users().posts(ann).all(), Post::id));

    assertFalse(db.users().posts(ann).remove(post));
    assertTrue(db.users().posts(ben).remove(post));
    assertFalse(db.users().posts(ben).remove(post));
    assertEquals(Optional.empty(), db.posts().find(post.id()).map(Post::authorId));
    assertEquals(2, rows("posts"));
  }

  @DatabaseTest
  void removeOnANotNullColumnSaysWhatToDoInstead() {
    Post post = post("commented", ann.id());
    Comment comment = db.comments().insert(new Comment(null, post.id(), "nice"));
    DovetailException e = assertThrows(DovetailException.class, () -> db.posts().comments(post).remove(comment));
    assertTrue(e.getMessage().contains("comments.post_id may not be null"), e.getMessage());
    assertTrue(e.getMessage().contains("Comment(id=" + comment.id() + ")"), e.getMessage());
    assertEquals(List.of(comment), db.posts().comments(post).all());
  }

  @DatabaseTest
  void addOfAChildToAnotherParentOfANotNullKey() {
    Post one = post("one", ann.id());
    Post two = post("two", ben.id());
    Comment comment = db.comments().insert(new Comment(null, one.id(), "moves"));
    assertTrue(db.posts().comments(two).add(comment));
    assertEquals(List.of(), db.posts().comments(one).all());
    assertEquals(Optional.of(two), db.comments().post(db.comments().findAll().get(0)));
  }

  @DatabaseTest
  void navigationToTheParent() {
    Post byAnn = post("by ann", ann.id());
    Post anonymous = post("anonymous", null);
    assertEquals(Optional.of(ann), db.posts().author(byAnn));
    assertEquals(Optional.empty(), db.posts().author(anonymous));
    Post dangling = new Post(byAnn.id(), "stale copy", NOON, ben.id() + 1000);
    assertEquals(Optional.empty(), db.posts().author(dangling));
    assertThrows(DovetailException.class, () -> db.posts().author(new Post(null, "unsaved", NOON, ann.id())));
  }

  @DatabaseTest
  void deletingTheParentFollowsOnDelete() {
    Post byAnn = post("by ann", ann.id());
    db.comments().insert(new Comment(null, byAnn.id(), "gone with the post"));
    assertTrue(db.users().delete(ann));
    assertNull(db.posts().find(byAnn.id()).orElseThrow().authorId(), "posts.author_id is ON DELETE SET NULL");
    assertTrue(db.posts().delete(byAnn));
    assertEquals(0, rows("comments"));
  }
}
