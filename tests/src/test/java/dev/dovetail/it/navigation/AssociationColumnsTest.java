package dev.dovetail.it.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The typed columns of plain association tables ({@code Pupil_.Lessons.LESSON_ID}): filters and orderings of
 * both ends' handles without a string fragment, and a count of the table's rows.
 */
class AssociationColumnsTest {

  @DatabaseTest
  void filtersAndOrdersBothEndsOnTheAssociationTablesColumns(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Ann"), new Pupil(null, "Bea")));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Art", 1), new Lesson(null, "Maths", 2),
        new Lesson(null, "Physics", 3)));
    Pupil ann = pupils.get(0);
    db.pupils().lessons(ann).addAll(lessons);
    db.pupils().lessons(pupils.get(1)).add(lessons.get(1));

    assertEquals(List.of(lessons.get(1)),
        db.pupils().lessons(ann).where(Pupil_.Lessons.LESSON_ID.eq(lessons.get(1).id())).all());
    assertEquals(List.of("Physics", "Maths", "Art"), db.pupils().lessons(ann)
        .orderBy(Pupil_.Lessons.LESSON_ID.desc()).all().stream().map(Lesson::title).toList());
    assertEquals(List.of(pupils.get(1)),
        db.lessons().pupils(lessons.get(1)).where(Pupil_.Lessons.PUPIL_ID.ne(ann.id())).all(), "the backref too");
    assertEquals(2, db.pupils().lessons(ann).where(Pupil_.Lessons.LESSON_ID.gt(lessons.get(0).id())).count());
  }

  @DatabaseTest
  void countsTheRowsOfAnAssociationTable(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    List<Pupil> pupils = db.pupils().insertAll(List.of(new Pupil(null, "Ann"), new Pupil(null, "Bea")));
    List<Lesson> lessons = db.lessons().insertAll(List.of(new Lesson(null, "Art", 1), new Lesson(null, "Maths", 2)));
    db.pupils().lessons(pupils.get(0)).addAll(lessons);
    db.pupils().lessons(pupils.get(1)).add(lessons.get(1));
    db.pupils().waitlisted(pupils.get(1)).add(lessons.get(0));

    assertEquals(3, db.count(Pupil_.Lessons.TABLE));
    assertEquals(1, db.count(Pupil_.Waitlisted.TABLE));
    assertEquals(2, db.count(Pupil_.Lessons.TABLE, Pupil_.Lessons.LESSON_ID.eq(lessons.get(1).id())));
    assertEquals(0, db.count(Pupil_.Lessons.TABLE, Pupil_.Lessons.PUPIL_ID.in(List.of())));
    IllegalArgumentException wrongTable = assertThrows(IllegalArgumentException.class,
        () -> db.count(Pupil_.Lessons.TABLE, Pupil_.Waitlisted.LESSON_ID.eq(1L)));
    assertTrue(wrongTable.getMessage().contains("waitlist"), wrongTable.getMessage());
  }

  @DatabaseTest
  void selfReferentialAndTextKeyedTablesHaveTypedColumnsToo(Jdbi jdbi) {
    NavigationDb db = DeclaredOrderTest.fresh(jdbi);
    List<Fan> fans = db.fans().insertAll(List.of(new Fan(null, "al"), new Fan(null, "bo"), new Fan(null, "cy")));
    db.fans().followed(fans.get(0)).addAll(fans.subList(1, 3));
    db.fans().followed(fans.get(1)).add(fans.get(2));
    List<Badge> badges = db.badges().insertAll(List.of(new Badge("gold", "Gold"), new Badge("grey", "Grey"),
        new Badge("blue", "Blue")));
    for (Badge b : badges) {
      db.badges().holders(b).add(db.pupils().insert(new Pupil(null, "P" + b.code())));
    }

    assertEquals(List.of(fans.get(0), fans.get(1)),
        db.fans().followers(fans.get(2)).orderBy(Fan_.Followed.FOLLOWER_ID.asc()).all());
    assertEquals(2, db.count(Fan_.Followed.TABLE, Fan_.Followed.FOLLOWED_ID.eq(fans.get(2).id())));
    assertEquals(2, db.count(Badge_.Holders.TABLE, Badge_.Holders.BADGE_CODE.startsWith("g")));
  }
}
