package dev.dovetail.it.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.RelationQuery;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import dev.dovetail.testing.DatabaseTest;

/**
 * {@code count()}, {@code contains()}, {@code isEmpty()} and {@code first()} answer for the query they are
 * called on, its {@code limit} and {@code offset} included: {@code addresses(ed).limit(1).count()} is 1, as in
 * SQLAlchemy.
 */
class WindowedCountTest {

  @DatabaseTest
  void countIsTheNumberOfRowsOfTheWindow(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Editor ed = db.editors().insert(new Editor(null, "ed"));
    db.mailboxes().insertAll(List.of(new Mailbox(null, "a@x", ed.id()), new Mailbox(null, "b@x", ed.id()),
        new Mailbox(null, "c@x", ed.id())));
    RelationQuery<Mailbox> mailboxes = db.editors().mailboxes(ed);

    assertEquals(3, mailboxes.count());
    assertEquals(1, mailboxes.limit(1).count());
    assertEquals(3, mailboxes.limit(10).count());
    assertEquals(0, mailboxes.limit(0).count());
    assertEquals(1, mailboxes.offset(2).count());
    assertEquals(0, mailboxes.offset(3).count());
    assertEquals(1, mailboxes.offset(2).limit(5).count());
    assertEquals(2, mailboxes.limit(2).offset(1).count());
    assertEquals(1, mailboxes.where(Mailbox_.EMAIL.ne("a@x")).offset(1).count());
    assertEquals(mailboxes.limit(2).offset(2).all().size(), mailboxes.limit(2).offset(2).count());
    assertEquals(1, db.mailboxes().query().limit(1).count(), "a DAO's query() too");
  }

  @DatabaseTest
  void containsLooksWithinTheWindowOfTheQuerysOrder(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Pupil ann = db.pupils().insert(new Pupil(null, "Ann"));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Physics", 1),
        new Lesson(null, "Art", 3), new Lesson(null, "Maths", 2)));
    db.pupils().lessons(ann).addAll(lessons);
    Lesson physics = lessons.get(0);
    Lesson art = lessons.get(1);
    Lesson maths = lessons.get(2);

    // Declared order: Art, Maths, Physics.
    assertTrue(db.pupils().lessons(ann).limit(1).contains(art));
    assertFalse(db.pupils().lessons(ann).limit(1).contains(physics));
    assertTrue(db.pupils().lessons(ann).limit(2).contains(maths));
    assertFalse(db.pupils().lessons(ann).offset(1).contains(art));
    assertTrue(db.pupils().lessons(ann).offset(2).contains(physics));
    assertFalse(db.pupils().lessons(ann).limit(0).contains(art));
    // A call's order decides the window: by credits, Physics comes first.
    assertTrue(db.pupils().lessons(ann).orderBy(Lesson_.CREDITS.asc()).limit(1).contains(physics));
    assertFalse(db.pupils().lessons(ann).orderBy(Lesson_.CREDITS.asc()).limit(1).contains(art));
    assertTrue(db.pupils().lessons(ann).where(Lesson_.CREDITS.ge(2)).offset(1).contains(maths));
    assertFalse(db.pupils().lessons(ann).where(Lesson_.CREDITS.ge(2)).offset(1).contains(art));
    assertTrue(db.pupils().lessons(ann).contains(physics), "without a window, any linked row");
  }

  @DatabaseTest
  void isEmptyAndFirstAnswerForTheWindowToo(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Editor ed = db.editors().insert(new Editor(null, "ed"));
    db.mailboxes().insertAll(List.of(new Mailbox(null, "a@x", ed.id()), new Mailbox(null, "b@x", ed.id())));
    RelationQuery<Mailbox> mailboxes = db.editors().mailboxes(ed);

    assertFalse(mailboxes.offset(1).isEmpty());
    assertTrue(mailboxes.offset(2).isEmpty());
    assertTrue(mailboxes.limit(0).isEmpty());
    assertTrue(mailboxes.limit(0).first().isEmpty());
    assertEquals("a@x", mailboxes.offset(1).first().orElseThrow().email(), "declared order: email descending");
  }
}
