package dev.dovetail.processor.validation;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.Reporter;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Non-nullable foreign keys that form a cycle (A -> B -> A, or A -> A) make every insert impossible: each row
 * needs the other to exist first. One error per cycle (per strongly connected group of tables, plus one per
 * self-reference), on the first {@code @ManyToOne} of the cycle, naming the whole cycle.
 */
final class ForeignKeyCycleValidator implements Validator {
  /** A non-nullable foreign key from {@code from} to {@code to}. */
  private record Edge(EntityModel from, PropertyModel property, String to) {}

  @Override
  public void validate(DatabaseModel database, Reporter reporter) {
    Map<String, List<Edge>> edges = new LinkedHashMap<>();
    for (EntityModel entity : database.entities()) {
      // An entity listed twice is one table.
      if (entity.qualifiedName() == null || edges.containsKey(entity.qualifiedName())) {
        continue;
      }
      List<Edge> out = new ArrayList<>();
      edges.put(entity.qualifiedName(), out);
      for (PropertyModel property : entity.properties()) {
        if (property.manyToOne() != null && !property.nullable()
            && Names.entity(database, property.manyToOne().target()).isPresent()) {
          out.add(new Edge(entity, property, property.manyToOne().target()));
        }
      }
    }
    for (List<Edge> out : edges.values()) {
      for (Edge edge : out) {
        if (edge.to().equals(edge.from().qualifiedName())) {
          report(reporter, List.of(edge));
        }
      }
    }
    for (List<String> group : new Components(edges).groups()) {
      if (group.size() > 1) {
        report(reporter, cycleThrough(group.get(0), group, edges));
      }
    }
  }

  /** The shortest cycle from {@code start} back to it, within {@code group}. */
  private static List<Edge> cycleThrough(String start, List<String> group, Map<String, List<Edge>> edges) {
    Map<String, Edge> reachedBy = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String node = queue.removeFirst();
      for (Edge edge : edges.getOrDefault(node, List.of())) {
        if (edge.to().equals(start)) {
          List<Edge> cycle = new ArrayList<>(List.of(edge));
          for (String at = node; !at.equals(start); at = reachedBy.get(at).from().qualifiedName()) {
            cycle.add(0, reachedBy.get(at));
          }
          return cycle;
        }
        if (group.contains(edge.to()) && !edge.to().equals(node) && reachedBy.putIfAbsent(edge.to(), edge) == null) {
          queue.addLast(edge.to());
        }
      }
    }
    return List.of();
  }

  private static void report(Reporter reporter, List<Edge> cycle) {
    if (cycle.isEmpty()) {
      return;
    }
    StringJoiner text = new StringJoiner(", ");
    for (Edge edge : cycle) {
      text.add(Names.of(edge.from(), edge.property()) + " -> " + Names.simple(edge.to()));
    }
    reporter.error(cycle.get(0).property().manyToOne().origin(), Diagnostic.FOREIGN_KEY_CYCLE, text.toString());
  }

  /** Tarjan's strongly connected components, in the order of the entities. */
  private static final class Components {
    private final Map<String, List<Edge>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final List<List<String>> groups = new ArrayList<>();

    Components(Map<String, List<Edge>> edges) {
      this.edges = edges;
    }

    List<List<String>> groups() {
      for (String node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return groups;
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      for (Edge edge : edges.getOrDefault(node, List.of())) {
        if (!index.containsKey(edge.to())) {
          visit(edge.to());
          low.put(node, Math.min(low.get(node), low.get(edge.to())));
        } else if (stack.contains(edge.to())) {
          low.put(node, Math.min(low.get(node), index.get(edge.to())));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> group = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          group.add(0, member);
        } while (!member.equals(node));
        groups.add(group);
      }
    }
  }
}
