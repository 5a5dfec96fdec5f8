package dev.dovetail.bench.contender;

import dev.dovetail.bench.Fixture;
import dev.dovetail.bench.Target;
import dev.dovetail.bench.model.Course;
import dev.dovetail.bench.model.Post;
import dev.dovetail.bench.model.Student;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The floor: hand-written JDBC, each operation one prepared statement (or one batch) on a pooled connection,
 * SQL written once as constants, rows mapped by position into the same records Dovetail returns. Links are added
 * by an insert-if-absent, or ({@code jdbc-insert}) by a plain {@code INSERT}: the physical floor of adding a
 * link, which fails on a link already there instead of skipping it.
 */
public final class JdbcContender implements Contender {
  static final String INSERT = "INSERT INTO students (name) VALUES (?)";
  static final String FIND = "SELECT id, name FROM students WHERE id = ?";
  /**
   * Insert-if-absent: the same guarantee Dovetail's {@code add} and Hibernate's {@code Set.add} give. On H2 the
   * lookup is a query, planned on the primary key; a {@code MERGE ... USING} was planned on the foreign key's
   * index of {@code class_id} on the hand-written schema, and read every link of the class.
   */
  static final String LINK_H2 = "INSERT INTO registrations (student_id, class_id) SELECT ?1, ?2 "
      + "WHERE NOT EXISTS (SELECT 1 FROM registrations WHERE student_id = ?1 AND class_id = ?2)";
  static final String LINK_PG = "INSERT INTO registrations (student_id, class_id) VALUES (?, ?) "
      + "ON CONFLICT (student_id, class_id) DO NOTHING";
  /** A plain insert: fails on a link already there. */
  static final String LINK_PLAIN = "INSERT INTO registrations (student_id, class_id) VALUES (?, ?)";
  static final String CLASSES = "SELECT t.id, t.name FROM classes t JOIN registrations j ON j.class_id = t.id "
      + "WHERE j.student_id = ?";
  /** PostgreSQL: one array parameter; no order asked. */
  static final String BULK_PG = "SELECT j.student_id, t.id, t.name FROM classes t "
      + "JOIN registrations j ON j.class_id = t.id WHERE j.student_id = ANY(?)";
  /** H2: a join against the array as a table, 7 to 9 times faster there than {@code = ANY(?)} or {@code IN}. */
  static final String BULK_H2 = "SELECT j.student_id, t.id, t.name FROM TABLE(k BIGINT = ?) k "
      + "JOIN registrations j ON j.student_id = k.k JOIN classes t ON t.id = j.class_id";
  static final String TIMELINE = "SELECT t.id, t.body, t.timestamp, t.author_id FROM posts t "
      + "WHERE t.author_id = ? OR t.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = ?) "
      + "ORDER BY t.timestamp DESC, t.id DESC LIMIT " + Fixture.PAGE;

  private final Fixture fixture;
  private final DataSource ds;
  private final boolean h2;
  private final String link;
  private final String[] generatedKey;
  private final Long[] studentIds = new Long[Fixture.STUDENTS];

  /** Works on {@code fixture}'s data; links by a plain {@code INSERT} if {@code plainInsert}. */
  public JdbcContender(Fixture fixture, boolean plainInsert) {
    this.fixture = fixture;
    this.ds = fixture.dataSource();
    this.h2 = fixture.kind() == Target.Kind.H2;
    this.link = plainInsert ? LINK_PLAIN : h2 ? LINK_H2 : LINK_PG;
    this.generatedKey = new String[] {h2 ? "ID" : "id"};
    for (int i = 0; i < studentIds.length; i++) {
      studentIds[i] = fixture.student(i);
    }
  }

  @Override
  public Object insertStudent(String name) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT, generatedKey)) {
      ps.setString(1, name);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Student(keys.getLong(1), name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object findStudent(int student) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setLong(1, fixture.student(student));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Student(rs.getLong(1), rs.getString(2)) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean addClass(int student, int course) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(link)) {
      ps.setLong(1, fixture.student(student));
      ps.setLong(2, fixture.course(course));
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        return false; // the plain insert: the link was there
      }
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<?> classesOf(int student) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(CLASSES)) {
      ps.setLong(1, fixture.student(student));
      List<Course> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Course(rs.getLong(1), rs.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int addAllClasses(int student) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(link)) {
        long owner = fixture.student(student);
        for (int k = 0; k < Fixture.COURSES; k++) {
          ps.setLong(1, owner);
          ps.setLong(2, fixture.course(k));
          ps.addBatch();
        }
        int added = 0;
        for (int count : ps.executeBatch()) {
          added += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : count;
        }
        c.commit();
        return added;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Map<Long, List<Course>> classesOfStudents(int first, int count) {
    Long[] keys = new Long[count];
    System.arraycopy(studentIds, first, keys, 0, count);
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(h2 ? BULK_H2 : BULK_PG)) {
      Array array = h2 ? null : c.createArrayOf("int8", keys);
      if (h2) {
        ps.setObject(1, keys);
      } else {
        ps.setArray(1, array);
      }
      Map<Long, List<Course>> out = new HashMap<>(count * 2);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Course(rs.getLong(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<?> timeline(int reader) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(TIMELINE)) {
      long me = fixture.reader(reader);
      ps.setLong(1, me);
      ps.setLong(2, me);
      List<Post> out = new ArrayList<>(Fixture.PAGE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Post(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
              rs.getLong(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {}
}
