package dev.dovetail.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns what each contender returns into ids, so that their answers compare. */
final class Rows {
  private Rows() {}

  static long id(Object row) {
    if (row instanceof dev.dovetail.bench.model.Student s) {
      return s.id();
    } else if (row instanceof dev.dovetail.bench.model.Course c) {
      return c.id();
    } else if (row instanceof dev.dovetail.bench.model.Post p) {
      return p.id();
    } else if (row instanceof dev.dovetail.bench.orm.Student s) {
      return s.getId();
    } else if (row instanceof dev.dovetail.bench.orm.Course c) {
      return c.getId();
    } else if (row instanceof dev.dovetail.bench.orm.Post p) {
      return p.getId();
    }
    throw new AssertionError("not a row: " + row);
  }

  static String name(Object row) {
    if (row instanceof dev.dovetail.bench.model.Student s) {
      return s.name();
    } else if (row instanceof dev.dovetail.bench.orm.Student s) {
      return s.getName();
    }
    throw new AssertionError("not a student: " + row);
  }

  static List<Long> ids(List<?> rows) {
    List<Long> out = new ArrayList<>();
    for (Object row : rows) {
      out.add(id(row));
    }
    return out;
  }

  /** Owner id to target ids, in the order given; owners as ids or entities. */
  static Map<Long, List<Long>> ids(Map<?, ? extends List<?>> byOwner) {
    Map<Long, List<Long>> out = new TreeMap<>();
    byOwner.forEach((owner, rows) -> out.put(owner instanceof Long id ? id : id(owner), ids(rows)));
    return out;
  }
}
