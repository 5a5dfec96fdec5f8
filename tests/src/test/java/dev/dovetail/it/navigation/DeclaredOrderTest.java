package dev.dovetail.it.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A relationship's declared order ({@code orderBy}, {@code backrefOrderBy}), SQLAlchemy's
 * {@code relationship(order_by=...)}: used by {@code all()}, {@code first()}, paging and the batch loaders of
 * both ends, and replaced by a call's own {@code orderBy}.
 */
class DeclaredOrderTest {

  static NavigationDb fresh(Jdbi jdbi) {
    NavigationDb db = NavigationDb.create(jdbi);
    db.createSchema();
    return db;
  }

  private static List<String> titles(List<Lesson> lessons) {
    return lessons.stream().map(Lesson::title).toList();
  }

  private static List<String> names(List<Pupil> pupils) {
    return pupils.stream().map(Pupil::name).toList();
  }

  @DatabaseTest
  void manyToManyReturnsItsTargetsInTheDeclaredOrderFromBothEnds(Jdbi jdbi) {
    NavigationDb db = fresh(jdbi);
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Bea"), new Pupil(null, "Ann"),
        new Pupil(null, "Cid")));
    // Inserted out of title order, so that the ids' order is not the declared one.
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Physics", 3),
        new Lesson(null, "Art", 1), new Lesson(null, "Maths", 2)));
    for (Pupil p : pupils) {
      db.pupils().lessons(p).addAll(lessons);
    }
    Pupil bea = pupils.get(0);
    Lesson physics = lessons.get(0);

    assertEquals(List.of("Art", "Maths", "Physics"), titles(db.pupils().lessons(bea).all()));
    assertEquals("Art", db.pupils().lessons(bea).first().orElseThrow().title());
    assertEquals(List.of("Physics"), titles(db.pupils().lessons(bea).page(1, 2)));
    assertEquals(List.of("Maths", "Physics"),
        titles(db.pupils().lessons(bea).where(Lesson_.CREDITS.ge(2)).all()), "a filter keeps the declared order");
    assertEquals(List.of("Cid", "Bea", "Ann"), names(db.lessons().pupils(physics).all()), "the backref's own order");
    assertEquals(List.of("Bea"), names(db.lessons().pupils(physics).page(1, 1)));
  }

  @DatabaseTest
  void aCallsOrderByReplacesTheDeclaredOrder(Jdbi jdbi) {
    NavigationDb db = fresh(jdbi);
    Pupil ann = db.pupils().insert(new Pupil(null, "Ann"));
    db.pupils().lessons(ann).addAll(db.lessons().insertAll(List.of(new Lesson(null, "Art", 3),
        new Lesson(null, "Maths", 1), new Lesson(null, "Physics", 2))));

    assertEquals(List.of("Maths", "Physics", "Art"),
        titles(db.pupils().lessons(ann).orderBy(Lesson_.CREDITS.asc()).all()));
    assertEquals(List.of("Art", "Physics", "Maths"), titles(db.pupils().lessons(ann).orderBy("t.credits DESC").all()));
    assertEquals(List.of("Physics"), titles(db.pupils().lessons(ann).orderBy(Lesson_.CREDITS.asc()).page(1, 1)));
  }

  @DatabaseTest
  void batchLoadersUseTheDeclaredOrderInOneQuery(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    NavigationDb db = fresh(Jdbi.create(counting));
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Ann"), new Pupil(null, "Cid"),
        new Pupil(null, "Bea")));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Physics", 3),
        new Lesson(null, "Art", 1)));
    for (Pupil p : pupils) {
      db.pupils().lessons(p).addAll(lessons);
    }

    counting.reset();
    Map<Pupil, List<Lesson>> byPupil = db.pupils().lessonsOf(pupils);
    Map<Lesson, List<Pupil>> byLesson = db.lessons().pupilsOf(lessons);

    assertEquals(2, counting.count(), "one query per batch");
    for (Pupil p : pupils) {
      assertEquals(List.of("Art", "Physics"), titles(byPupil.get(p)));
    }
    for (Lesson l : lessons) {
      assertEquals(List.of("Cid", "Bea", "Ann"), names(byLesson.get(l)));
    }
  }

  @DatabaseTest
  void selfReferentialEndsHaveTheirOwnOrders(Jdbi jdbi) {
    NavigationDb db = fresh(jdbi);
    List<Fan> fans = db.fans().insertAll(List.of(new Fan(null, "bo"), new Fan(null, "al"), new Fan(null, "cy"),
        new Fan(null, "di")));
    Fan di = fans.get(3);
    db.fans().followed(di).addAll(fans.subList(0, 3));
    for (Fan f : fans.subList(0, 3)) {
      db.fans().followed(f).add(di);
    }

    assertEquals(List.of("cy", "bo", "al"), db.fans().followed(di).all().stream().map(Fan::handle).toList());
    assertEquals(List.of("al", "bo", "cy"), db.fans().followers(di).all().stream().map(Fan::handle).toList());
    assertEquals(List.of("cy", "bo", "al"),
        db.fans().followedOf(List.of(di)).get(di).stream().map(Fan::handle).toList());
    assertEquals(List.of("al", "bo", "cy"),
        db.fans().followersOf(List.of(di)).get(di).stream().map(Fan::handle).toList());
  }

  @DatabaseTest
  void oneToManyBackrefUsesItsDeclaredOrder(Jdbi jdbi) {
    NavigationDb db = fresh(jdbi);
    Editor ed = db.editors().insert(new Editor(null, "ed"));
    db.mailboxes().insertAll(List.of(new Mailbox(null, "b@x", ed.id()), new Mailbox(null, "c@x", ed.id()),
        new Mailbox(null, "a@x", ed.id())));

    assertEquals(List.of("c@x", "b@x", "a@x"), db.editors().mailboxes(ed).all().stream().map(Mailbox::email).toList());
    assertEquals(List.of("c@x", "b@x", "a@x"),
        db.editors().mailboxesOf(List.of(ed)).get(ed).stream().map(Mailbox::email).toList());
    assertEquals(List.of("a@x", "b@x", "c@x"),
        db.editors().mailboxes(ed).orderBy(Mailbox_.EMAIL.asc()).all().stream().map(Mailbox::email).toList());
  }
}
