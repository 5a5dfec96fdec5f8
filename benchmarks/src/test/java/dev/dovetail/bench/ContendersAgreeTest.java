package dev.dovetail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.bench.contender.Contender;
import dev.dovetail.bench.contender.Contenders;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every contender does the same work: the same rows for every read, the same links for every write. Without
 * this the benchmarks could compare different things. No benchmark runs here.
 */
class ContendersAgreeTest {

  static Target.Kind kind(TestDatabase database) {
    return database.kind() == TestDatabase.Kind.H2 ? Target.Kind.H2 : Target.Kind.POSTGRESQL;
  }

  // The benchmarks compare the contenders on H2 and PostgreSQL, the two databases the workloads run on.
  @DatabaseTest({TestDatabase.Kind.H2, TestDatabase.Kind.POSTGRESQL})
  void sameAnswersAndSameWritesOnDovetailsSchema(TestDatabase database) {
    sameAnswersAndSameWrites(database, Fixture.Schema.DOVETAIL);
  }

  @DatabaseTest({TestDatabase.Kind.H2, TestDatabase.Kind.POSTGRESQL})
  void sameAnswersAndSameWritesOnAHandWrittenSchema(TestDatabase database) {
    sameAnswersAndSameWrites(database, Fixture.Schema.HAND);
  }

  private static void sameAnswersAndSameWrites(TestDatabase database, Fixture.Schema schema) {
    Fixture fixture = Fixture.load(database.dataSource(), kind(database), schema);
    Map<String, Contender> contenders = new LinkedHashMap<>();
    for (String name : Contenders.NAMES) {
      contenders.put(name, Contenders.create(name, fixture));
    }
    try {
      List<Long> expectedClasses = new ArrayList<>();
      for (int k = 0; k < Fixture.CLASSES_EACH; k++) {
        expectedClasses.add(fixture.course(Fixture.classOf(7, k)));
      }
      expectedClasses.sort(null);
      Map<Long, List<Long>> bulk = null;
      List<Long> timeline = null;
      int i = 0;
      for (Map.Entry<String, Contender> entry : contenders.entrySet()) {
        String name = entry.getKey();
        Contender c = entry.getValue();

        Object found = c.findStudent(42);
        assertEquals(fixture.student(42), Rows.id(found), name);
        assertEquals(Fixture.studentName(42), Rows.name(found), name);

        List<Long> classes = Rows.ids(c.classesOf(7));
        classes.sort(null);
        assertEquals(expectedClasses, classes, name);

        // In no particular order: no contender sorts what the caller did not ask to have sorted.
        Map<Long, List<Long>> loaded = Rows.ids(c.classesOfStudents(10, Fixture.BULK));
        loaded.values().forEach(list -> list.sort(null));
        assertEquals(Fixture.BULK, loaded.size(), name);
        loaded.values().forEach(list -> assertEquals(Fixture.CLASSES_EACH, list.size(), name));
        if (bulk == null) {
          bulk = loaded;
        } else {
          assertEquals(bulk, loaded, name);
        }

        List<Long> page = Rows.ids(c.timeline(3));
        assertEquals(Fixture.PAGE, page.size(), name);
        if (timeline == null) {
          timeline = page;
        } else {
          assertEquals(timeline, page, name);
        }

        int linkStudent = Fixture.LINK_STUDENTS_FROM + i;
        assertTrue(c.addClass(linkStudent, 5), name + " adds a new link");
        assertFalse(c.addClass(linkStudent, 5), name + " does not add it twice");
        assertEquals(List.of(fixture.course(5)), Rows.ids(c.classesOf(linkStudent)), name);

        int batchStudent = Fixture.BATCH_STUDENTS_FROM + i;
        assertEquals(Fixture.COURSES, c.addAllClasses(batchStudent), name);
        assertEquals(Fixture.COURSES, c.classesOf(batchStudent).size(), name);
        if (!name.equals("jdbc-insert")) { // a plain INSERT batch fails on links already there
          assertEquals(0, c.addAllClasses(batchStudent), name + " adds nothing the second time");
        }

        Object inserted = c.insertStudent("new " + name);
        assertNotNull(Rows.id(inserted), name);
        i++;
      }
      fixture.clearWrites();
      for (Contender c : contenders.values()) {
        assertEquals(0, c.classesOf(Fixture.LINK_STUDENTS_FROM).size(), "clearWrites removes the new links");
      }
    } finally {
      contenders.values().forEach(Contender::close);
    }
  }
}
