package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Post;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.Model.Tag;
import dev.dovetail.fixture.Model.User;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;

/**
 * Loading one relationship of many owners takes one query per chunk of owners, never one per owner. The lists
 * come in the database's order (batched loading sorts nothing), so they are compared here sorted.
 */
class BatchLoadingTest extends SchoolFixture {
  private static final int OWNERS = 2_500;
  private CountingDataSource counting;
  private SchoolDb counted;

  @BeforeEach
  void countStatements() {
    counting = new CountingDataSource(database.dataSource());
    counted = SchoolDb.create(Jdbi.create(counting), database.dialect());
  }

  private static <K, V> Map<K, List<V>> sorted(Map<K, List<V>> byOwner, Comparator<? super V> order) {
    Map<K, List<V>> out = new HashMap<>();
    byOwner.forEach((owner, list) -> out.put(owner, sorted(list, order)));
    return out;
  }

  private static <V> List<V> sorted(List<V> list, Comparator<? super V> order) {
    List<V> out = new ArrayList<>(list);
    out.sort(order);
    return out;
  }

  private int maxQueries(int owners) {
    return (owners + database.dialect().maxKeysPerQuery() - 1) / database.dialect().maxKeysPerQuery();
  }

  @DatabaseTest
  void classesOfManyStudentsInAFewQueries() {
    List<Student> input = new ArrayList<>();
    for (int i = 0; i < OWNERS; i++) {
      input.add(new Student(null, "student " + i));
    }
    List<Student> students = db.students().insertAll(input);
    List<Course> courses = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      courses.add(course("course " + k));
    }
    // Student i takes courses i % 20 and (i / 20) % 20, except every ninth student, who takes none.
    Map<Student, List<Course>> expected = new HashMap<>();
    Map<Course, List<Student>> byCourse = new HashMap<>();
    for (int i = 0; i < OWNERS; i++) {
      List<Course> taken = new ArrayList<>();
      if (i % 9 != 0) {
        taken.add(courses.get(i % 20));
        if ((i / 20) % 20 != i % 20) {
          taken.add(courses.get((i / 20) % 20));
        }
      }
      taken.sort(Comparator.comparing(Course::id));
      expected.put(students.get(i), taken);
      for (Course c : taken) {
        byCourse.computeIfAbsent(c, x -> new ArrayList<>()).add(students.get(i));
      }
    }
    byCourse.forEach((c, s) -> db.courses().students(c).addAll(s));

    counting.reset();
    Map<Student, List<Course>> loaded = counted.students().classesOf(students);
    assertTrue(counting.count() <= maxQueries(OWNERS), counting.count() + " queries: " + counting.statements());
    assertEquals(OWNERS, loaded.size());
    assertEquals(expected, sorted(loaded, Comparator.comparing(Course::id)));
    assertEquals(students, List.copyOf(loaded.keySet()));
    assertEquals(List.of(), loaded.get(students.get(0)));

    counting.reset();
    Map<Course, List<Student>> inverse = counted.courses().studentsOf(courses);
    assertEquals(1, counting.count());
    for (Course c : courses) {
      assertEquals(byCourse.get(c), sorted(inverse.get(c), Comparator.comparing(Student::id)));
    }
  }

  @DatabaseTest
  void duplicateAndEmptyInputs() {
    Student ada = student("Ada");
    Course algebra = course("Algebra");
    db.students().classes(ada).add(algebra);
    Map<Student, List<Course>> loaded = counted.students().classesOf(List.of(ada, ada));
    assertEquals(Map.of(ada, List.of(algebra)), loaded);
    counting.reset();
    assertEquals(Map.of(), counted.students().classesOf(List.of()));
    assertEquals(0, counting.count());
  }

  @DatabaseTest
  void uuidKeysBothWays() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tags.add(db.tags().insert(new Tag(new UUID(i, 42), "tag " + i)));
    }
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Student s = student("student " + i);
      students.add(s);
      db.students().tags(s).addAll(tags.subList(0, i % 6));
    }
    assertTrue(db.students().tags(students.get(3)).contains(tags.get(2)));
    assertEquals(1, db.students().tags(students.get(3)).removeAll(List.of(tags.get(2))));
    assertEquals(List.of(tags.get(0), tags.get(1)), db.students().tags(students.get(3)).orderBy("t.label").all());

    counting.reset();
    Map<Tag, List<Student>> byTag = counted.tags().studentsOf(tags);
    Map<Student, List<Tag>> byStudent = counted.students().tagsOf(students);
    assertEquals(2, counting.count(), counting.statements()::toString);
    for (Tag tag : tags) {
      assertEquals(db.tags().students(tag).orderBy("t.id").all(),
          sorted(byTag.get(tag), Comparator.comparing(Student::id)));
    }
    assertEquals(List.of(tags.get(0), tags.get(1)),
        sorted(byStudent.get(students.get(3)), Comparator.comparing(Tag::id)));
    assertEquals(List.of(), byStudent.get(students.get(0)));
    assertEquals(tags.size(), byStudent.get(students.get(5)).size());
  }

  @DatabaseTest
  void postsOfManyUsers() {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      users.add(new User(null, "user " + i));
    }
    users = db.users().insertAll(users);
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < users.size(); i += 2) {
      posts.add(new Post(null, "first by " + i, Instant.EPOCH, users.get(i).id()));
      posts.add(new Post(null, "second by " + i, Instant.EPOCH, users.get(i).id()));
    }
    posts.add(new Post(null, "anonymous", Instant.EPOCH, null));
    posts = db.posts().insertAll(posts);

    counting.reset();
    Map<User, List<Post>> loaded = counted.users().postsOf(users);
    assertTrue(counting.count() <= maxQueries(users.size()), counting.statements()::toString);
    assertEquals(List.of(posts.get(0), posts.get(1)),
        sorted(loaded.get(users.get(0)), Comparator.comparing(Post::id)));
    assertEquals(List.of(), loaded.get(users.get(1)));
    assertEquals(posts.size() - 1, loaded.values().stream().mapToInt(List::size).sum());
  }
}
