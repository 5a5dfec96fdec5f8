package dev.dovetail.bench;

import dev.dovetail.bench.model.BenchDb;
import dev.dovetail.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The data every benchmark runs on, loaded once per fork with plain JDBC batches. Rows are addressed by their
 * index here; each contender turns an index into what its own API takes (an id, a record, a reference).
 *
 * <ul>
 *   <li>students {@code [0, 2000)} take 20 classes each: listing one student's classes and loading the
 *       classes of 1,000 students read them;
 *   <li>students {@code [2000, 7000)} start with no class: adding one link adds to them, a course at a time
 *       across all of them, so that no student has more than a few classes when a contender loads them;
 *   <li>students {@code [7000, 11000)} start with no class: {@code addAll} gives one of them all 1,000
 *       classes per call;
 *   <li>users {@code [0, 100)} write 20 posts each; readers {@code [100, 150)} follow 50 of them each and
 *       write 5 posts each; the timeline is a reader's.
 * </ul>
 *
 * <p>{@link #clearWrites()} removes what the writing benchmarks added, between iterations.
 */
public final class Fixture {
  /** Students with 20 classes each. */
  public static final int STUDENTS_WITH_CLASSES = 2_000;
  /** Classes per student of the first range. */
  public static final int CLASSES_EACH = 20;
  /** First student of the range add-link writes to. */
  public static final int LINK_STUDENTS_FROM = 2_000;
  /** How many students add-link writes to. */
  public static final int LINK_STUDENTS = 5_000;
  /** First student of the range addAll writes to. */
  public static final int BATCH_STUDENTS_FROM = 7_000;
  /** How many students addAll writes to, one per call. */
  public static final int BATCH_STUDENTS = 4_000;
  /** Every student. */
  public static final int STUDENTS = BATCH_STUDENTS_FROM + BATCH_STUDENTS;
  /** Classes. */
  public static final int COURSES = 1_000;
  /** Students whose classes the bulk workload loads at once. */
  public static final int BULK = 1_000;
  /** Users who only write. */
  public static final int AUTHORS = 100;
  /** Posts per author. */
  public static final int POSTS_EACH = 20;
  /** Users who follow {@link #FOLLOWS_EACH} authors each. */
  public static final int READERS = 50;
  /** Authors each reader follows. */
  public static final int FOLLOWS_EACH = 50;
  /** Posts of each reader. */
  public static final int OWN_POSTS = 5;
  /** Posts on a page of the timeline. */
  public static final int PAGE = 20;

  private final DataSource ds;
  private final Target.Kind kind;
  private final long[] studentIds = new long[STUDENTS];
  private final long[] courseIds = new long[COURSES];
  private final long[] userIds = new long[AUTHORS + READERS];

  private Fixture(DataSource ds, Target.Kind kind) {
    this.ds = ds;
    this.kind = kind;
  }

  /** Creates the schema (Dovetail's DDL, which every contender maps onto) and loads the data. */
  public static Fixture load(Target target) {
    return load(target.dataSource(), target.kind());
  }

  /** {@link #load(Target)} into an empty database or schema that {@code ds} connects to. */
  public static Fixture load(DataSource ds, Target.Kind kind) {
    Fixture fixture = new Fixture(ds, kind);
    Dialect dialect = kind == Target.Kind.H2 ? Dialect.H2 : Dialect.POSTGRESQL;
    BenchDb.create(Jdbi.create(ds), dialect).createSchema();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      fixture.insert(c);
      c.commit();
      c.setAutoCommit(true);
      if (kind == Target.Kind.POSTGRESQL) {
        try (Statement st = c.createStatement()) {
          st.execute("ANALYZE");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not load the benchmark data into " + kind, e);
    }
    return fixture;
  }

  private void insert(Connection c) throws SQLException {
    insertNamed(c, "INSERT INTO students (name) VALUES (?)", "student ", studentIds);
    insertNamed(c, "INSERT INTO classes (name) VALUES (?)", "class ", courseIds);
    insertNamed(c, "INSERT INTO users (username) VALUES (?)", "user ", userIds);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO registrations (student_id, class_id) VALUES (?, ?)")) {
      for (int s = 0; s < STUDENTS_WITH_CLASSES; s++) {
        for (int k = 0; k < CLASSES_EACH; k++) {
          ps.setLong(1, studentIds[s]);
          ps.setLong(2, courseIds[classOf(s, k)]);
          ps.addBatch();
        }
        if (s % 100 == 99) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO follows (follower_id, followed_id) VALUES (?, ?)")) {
      for (int r = 0; r < READERS; r++) {
        for (int j = 0; j < FOLLOWS_EACH; j++) {
          ps.setLong(1, userIds[AUTHORS + r]);
          ps.setLong(2, userIds[followedBy(r, j)]);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    // Posts in random order of time, so that a timeline interleaves its authors.
    Random random = new Random(42);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts (body, timestamp, author_id) VALUES (?, ?, ?)")) {
      int n = 0;
      for (int u = 0; u < AUTHORS + READERS; u++) {
        int posts = u < AUTHORS ? POSTS_EACH : OWN_POSTS;
        for (int p = 0; p < posts; p++) {
          ps.setString(1, "post " + p + " of user " + u);
          ps.setObject(2, start.plusSeconds(random.nextInt(30 * 24 * 3600)).atOffset(ZoneOffset.UTC));
          ps.setLong(3, userIds[u]);
          ps.addBatch();
          if (++n % 500 == 0) {
            ps.executeBatch();
          }
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertNamed(Connection c, String sql, String prefix, long[] ids) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int from = 0; from < ids.length; from += 1000) {
        int to = Math.min(ids.length, from + 1000);
        for (int i = from; i < to; i++) {
          ps.setString(1, prefix + i);
          ps.addBatch();
        }
        ps.executeBatch();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          for (int i = from; i < to; i++) {
            keys.next();
            ids[i] = keys.getLong(1);
          }
        }
      }
    }
  }

  /** The {@code k}-th class (index) of student {@code s} of the first range. */
  public static int classOf(int s, int k) {
    return (s + k * (COURSES / CLASSES_EACH)) % COURSES;
  }

  /** The {@code j}-th author (index) reader {@code r} follows. */
  public static int followedBy(int r, int j) {
    return (r * 3 + j) % AUTHORS;
  }

  /** Name of student {@code i}. */
  public static String studentName(int i) {
    return "student " + i;
  }

  /** Name of class {@code i}. */
  public static String courseName(int i) {
    return "class " + i;
  }

  /** Name of user {@code i}. */
  public static String userName(int i) {
    return "user " + i;
  }

  /** The same data reached through {@code other} (a wrapper of this fixture's data source, say). */
  public Fixture through(DataSource other) {
    Fixture copy = new Fixture(other, kind);
    System.arraycopy(studentIds, 0, copy.studentIds, 0, studentIds.length);
    System.arraycopy(courseIds, 0, copy.courseIds, 0, courseIds.length);
    System.arraycopy(userIds, 0, copy.userIds, 0, userIds.length);
    return copy;
  }

  /** Which database the data is in. */
  public Target.Kind kind() {
    return kind;
  }

  /** Where connections come from. */
  public DataSource dataSource() {
    return ds;
  }

  /** The id of student {@code i}. */
  public long student(int i) {
    return studentIds[i];
  }

  /** The id of class {@code i}. */
  public long course(int i) {
    return courseIds[i];
  }

  /** The id of user {@code i}. */
  public long user(int i) {
    return userIds[i];
  }

  /** The id of reader {@code r} (a user who follows others). */
  public long reader(int r) {
    return userIds[AUTHORS + r];
  }

  /** Removes every link added to students of the writing ranges, and the students inserted since loading. */
  public void clearWrites() {
    try (Connection c = ds.getConnection();
        PreparedStatement links = c.prepareStatement("DELETE FROM registrations WHERE student_id >= ?");
        PreparedStatement students = c.prepareStatement("DELETE FROM students WHERE id > ?")) {
      links.setLong(1, studentIds[LINK_STUDENTS_FROM]);
      links.executeUpdate();
      students.setLong(1, studentIds[STUDENTS - 1]);
      students.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not clear what the last iteration wrote", e);
    }
  }
}
