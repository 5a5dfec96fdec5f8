package dev.dovetail.processor.checking;

import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.RowModel;
import dev.dovetail.runtime.internal.ResultColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the columns a query selects can build its row type: exactly an entity's columns, in any order;
 * exactly a record's components, each under its snake_case name; or one column for a single value. Labels
 * are matched by {@link ResultColumns#matches}, as the generated code finds them when it runs.
 *
 * @param problem what is wrong ({@code missing author_id; extra username}), or null when they fit
 * @param expected what to select instead
 */
record ResultShape(String problem, String expected) {

  /** How {@code labels} fit {@code row}; {@code entity} is the row's entity when it is one. */
  static ResultShape of(List<String> labels, RowModel row, EntityModel entity) {
    if (row.kind() == RowModel.Kind.VALUE) {
      return labels.size() == 1 ? fits()
          : new ResultShape("it selects " + labels.size() + " columns " + labels, "exactly one column");
    }
    List<String> names = new ArrayList<>();
    if (row.kind() == RowModel.Kind.ENTITY && entity != null) {
      entity.properties().stream().map(PropertyModel::column).forEach(names::add);
    } else {
      names.addAll(row.columns());
    }
    List<String> missing = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    boolean[] used = new boolean[labels.size()];
    for (String name : names) {
      int found = 0;
      for (int i = 0; i < labels.size(); i++) {
        if (ResultColumns.matches(labels.get(i), name)) {
          found++;
          used[i] = true;
        }
      }
      if (found == 0) {
        missing.add(name);
      } else if (found > 1) {
        twice.add(name);
      }
    }
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (!used[i]) {
        extra.add(labels.get(i));
      }
    }
    if (missing.isEmpty() && twice.isEmpty() && extra.isEmpty()) {
      return fits();
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("no column " + String.join(", ", missing));
    }
    if (!twice.isEmpty()) {
      problems.add("two columns named " + String.join(", ", twice));
    }
    if (!extra.isEmpty()) {
      problems.add("the extra column" + (extra.size() > 1 ? "s " : " ") + String.join(", ", extra));
    }
    return new ResultShape(String.join("; ", problems), "exactly " + String.join(", ", names));
  }

  private static ResultShape fits() {
    return new ResultShape(null, null);
  }
}
