package dev.dovetail.it.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.runtime.DovetailException;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Handles and batch loaders keyed by id ({@code lessons(pupilId)}, {@code lessonsOfIds(pupilIds)}), beside the
 * entity forms, for a caller who knows an id and has no entity: nothing is read to open them.
 */
class HandlesByIdTest {

  @DatabaseTest
  void manyToManyHandlesByIdOnBothEnds(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    NavigationDb db = DeclaredOrderTest.fresh(Jdbi.create(counting));
    Pupil ann = db.pupils().insert(new Pupil(null, "Ann"));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Maths", 1), new Lesson(null, "Art", 2)));
    long annId = ann.id();

    counting.reset();
    assertEquals(2, db.pupils().lessons(annId).addAll(lessons));
    assertEquals(1, counting.count(), "opening a handle by id reads nothing");
    assertEquals(db.pupils().lessons(ann).all(), db.pupils().lessons(annId).all());
    assertEquals(List.of("Art", "Maths"), db.pupils().lessons(annId).all().stream().map(Lesson::title).toList());
    assertTrue(db.pupils().lessons(annId).contains(lessons.get(0)));
    assertEquals(List.of(ann), db.lessons().pupils(lessons.get(1).id()).all());
    assertTrue(db.lessons().pupils(lessons.get(1).id()).remove(ann));
    assertEquals(1, db.pupils().lessons(annId).count());
    assertEquals(List.of(), db.pupils().lessons(annId + 1000).all(), "an id without a row has no links");
  }

  @DatabaseTest
  void selfReferentialHandlesById(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    List<Fan> fans = db.fans().insertAll(List.of(new Fan(null, "al"), new Fan(null, "bo")));
    long al = fans.get(0).id();

    db.fans().followed(al).add(fans.get(1));
    assertEquals(List.of(fans.get(0)), db.fans().followers(fans.get(1).id()).all());
    assertEquals(Map.of(al, List.of(fans.get(1)), fans.get(1).id(), List.of()),
        db.fans().followedOfIds(List.of(al, fans.get(1).id())));
  }

  @DatabaseTest
  void oneToManyAndManyToOneById(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Editor ed = db.editors().insert(new Editor(null, "ed"));
    List<Mailbox> boxes = db.mailboxes().insertAll(List.of(new Mailbox(null, "a@x", ed.id()),
        new Mailbox(null, "b@x", ed.id()), new Mailbox(null, "c@x", null)));

    assertEquals(List.of("b@x", "a@x"),
        db.editors().mailboxes(ed.id()).all().stream().map(Mailbox::email).toList());
    assertTrue(db.editors().mailboxes(ed.id()).add(boxes.get(2)));
    assertEquals(3, db.editors().mailboxes(ed.id()).count());
    assertEquals(Optional.of(ed), db.mailboxes().editor(boxes.get(0).id()));
    assertEquals(Optional.empty(), db.mailboxes().editor(boxes.get(0).id() + 1000), "no such mailbox");
    db.editors().mailboxes(ed.id()).remove(boxes.get(2));
    assertEquals(Optional.empty(), db.mailboxes().editor(boxes.get(2).id()), "a null foreign key");
  }

  @DatabaseTest
  void batchLoadersByIdKeepTheIdsOrderAndMapEveryOne(TestDatabase database) {
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    NavigationDb db = DeclaredOrderTest.fresh(Jdbi.create(counting));
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Ann"), new Pupil(null, "Bea")));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Maths", 1), new Lesson(null, "Art", 2)));
    db.pupils().lessons(pupils.get(1)).addAll(lessons);
    Editor ed = db.editors().insert(new Editor(null, "ed"));
    db.mailboxes().insertAll(List.of(new Mailbox(null, "a@x", ed.id()), new Mailbox(null, "b@x", ed.id())));
    long missing = pupils.get(1).id() + 1000;

    counting.reset();
    Map<Long, List<Lesson>> byId = db.pupils().lessonsOfIds(List.of(pupils.get(1).id(), missing,
        pupils.get(0).id(), missing));
    assertEquals(1, counting.count());
    assertEquals(List.of(pupils.get(1).id(), missing, pupils.get(0).id()), List.copyOf(byId.keySet()));
    assertEquals(List.of("Art", "Maths"), byId.get(pupils.get(1).id()).stream().map(Lesson::title).toList());
    assertEquals(List.of(), byId.get(missing));
    assertEquals(List.of(pupils.get(1)), db.lessons().pupilsOfIds(List.of(lessons.get(0).id())).get(lessons.get(0).id()));
    assertEquals(List.of("b@x", "a@x"),
        db.editors().mailboxesOfIds(List.of(ed.id())).get(ed.id()).stream().map(Mailbox::email).toList());
  }

  @DatabaseTest
  void textIdsWork(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Badge gold = db.badges().insert(new Badge("gold", "Gold"));
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Bea"), new Pupil(null, "Ann")));

    db.badges().holders("gold").addAll(pupils);
    assertEquals(List.of("Ann", "Bea"), db.badges().holders("gold").all().stream().map(Pupil::name).toList());
    assertEquals(List.of(gold), db.pupils().badges(pupils.get(0).id()).all());
    assertEquals(Map.of("gold", List.of(pupils.get(1), pupils.get(0)), "none", List.of()),
        db.badges().holdersOfIds(List.of("gold", "none")));
  }

  @DatabaseTest
  void nullIdsAreRefusedNamingTheEntity(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);

    DovetailException text = assertThrows(DovetailException.class, () -> db.badges().holders((String) null));
    assertTrue(text.getMessage().contains("null Badge id"), text.getMessage());
    DovetailException batch = assertThrows(DovetailException.class,
        () -> db.pupils().lessonsOfIds(Arrays.asList(1L, null)));
    assertTrue(batch.getMessage().contains("null Pupil id"), batch.getMessage());
    DovetailException entity = assertThrows(DovetailException.class, () -> db.pupils().lessons(null));
    assertTrue(entity.getMessage().contains("null Pupil"), "null still means the entity form: " + entity.getMessage());
    DovetailException parent = assertThrows(DovetailException.class, () -> db.editors().mailboxesOfIds(null));
    assertTrue(parent.getMessage().contains("null collection"), parent.getMessage());
  }

  @DatabaseTest
  void aLinkToAnIdWithoutARowIsRefusedNamingIt(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    Lesson art = db.lessons().insert(new Lesson(null, "Art", 1));

    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> db.pupils().lessons(4242L).add(art));
    assertTrue(e.getMessage().contains("enrolments.pupil_id = 4242"), e.getMessage());
    assertTrue(e.getMessage().contains("Pupil(id=4242)"), e.getMessage());
  }
}
