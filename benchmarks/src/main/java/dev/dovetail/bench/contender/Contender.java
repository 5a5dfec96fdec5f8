package dev.dovetail.bench.contender;

import java.util.List;
import java.util.Map;

/**
 * One way of doing each measured operation: hand-written JDBC, Dovetail's generated DAOs, JDBI SqlObject or
 * Hibernate ORM. Rows are named by their index in the {@link dev.dovetail.bench.Fixture}; each contender holds
 * what its own API takes for them (ids, records, nothing but ids for Hibernate's session-bound entities), built
 * once at set-up, as an application would hold the entities it works with.
 *
 * <p>Every operation runs in its own unit of work: a connection from the pool (and for Hibernate, a session)
 * taken and given back per call, in auto-commit unless the operation writes several rows.
 */
public interface Contender extends AutoCloseable {
  /** Inserts a student named {@code name}; returns it with its id (or the id). */
  Object insertStudent(String name);

  /** The student at index {@code student}, found by its id. */
  Object findStudent(int student);

  /** Links class {@code course} to student {@code student}, if it is not linked yet; returns whether it was new. */
  boolean addClass(int student, int course);

  /** The classes of student {@code student}. */
  List<?> classesOf(int student);

  /** Links all {@link dev.dovetail.bench.Fixture#COURSES} classes to student {@code student}; returns how many. */
  int addAllClasses(int student);

  /** The classes of students {@code [first, first + count)}, by student, each list in no particular order. */
  Map<?, ? extends List<?>> classesOfStudents(int first, int count);

  /** The first page of reader {@code reader}'s timeline: their posts and their followed users', newest first. */
  List<?> timeline(int reader);

  @Override
  void close();
}
