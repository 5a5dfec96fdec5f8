package dev.dovetail.processor.robust;

import dev.dovetail.processor.robust.ModelSpec.EntitySpec;
import dev.dovetail.processor.robust.ModelSpec.ManyToManySpec;
import dev.dovetail.processor.robust.ModelSpec.PropertySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link ModelSpec} as Java sources: one file per top-level type, one annotation or member a line. */
final class ModelSource {
  private ModelSource() {}

  /** Qualified type name → source text. */
  static Map<String, String> render(ModelSpec model) {
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, StringBuilder> holders = new LinkedHashMap<>();
    for (EntitySpec entity : model.entities) {
      if (entity.holder == null) {
        files.put(model.packageName + "." + entity.name, header(model) + entity(entity, ""));
      } else {
        holders.computeIfAbsent(entity.holder, h -> new StringBuilder()).append(entity(entity, "  "));
      }
    }
    String database = database(model);
    if (model.databaseHolder != null) {
      holders.computeIfAbsent(model.databaseHolder, h -> new StringBuilder()).append("  ").append(database);
    } else {
      files.put(model.packageName + "." + model.database, header(model) + "public " + database);
    }
    holders.forEach((holder, body) -> files.put(model.packageName + "." + holder,
        header(model) + "public final class " + holder + " {\n" + body + "}\n"));
    for (String userClass : model.userClasses) {
      String name = userClass.replaceAll(".*class (\\S+) .*", "$1");
      files.put(model.packageName + "." + name, "package " + model.packageName + ";\n\n" + userClass + "\n");
    }
    return files;
  }

  private static String header(ModelSpec model) {
    return "package " + model.packageName + ";\n\nimport dev.dovetail.*;\n\n";
  }

  private static String database(ModelSpec model) {
    List<String> listed = new ArrayList<>();
    model.entities.stream().filter(e -> e.listed).forEach(e -> listed.add(e.ref() + ".class"));
    return "@Database(entities = {" + String.join(", ", listed) + "})\ninterface " + model.database + " {}\n";
  }

  private static String entity(EntitySpec e, String indent) {
    StringBuilder out = new StringBuilder();
    if (e.suppressReserved) {
      out.append(indent).append("@SuppressWarnings(\"DV307\")\n");
    }
    out.append(indent).append("@Entity").append(e.table == null ? "" : "(table = " + quote(e.table) + ")")
        .append("\n");
    for (ManyToManySpec m : e.manyToMany) {
      out.append(indent).append(manyToMany(m)).append("\n");
    }
    String modifiers = "public " + (e.holder != null && !e.record ? "static " : "");
    if (e.record) {
      out.append(indent).append(modifiers).append("record ").append(e.name).append("(\n");
      for (int i = 0; i < e.properties.size(); i++) {
        PropertySpec p = e.properties.get(i);
        out.append(indent).append("    ").append(annotations(p)).append(p.type).append(" ").append(p.name)
            .append(i + 1 < e.properties.size() ? ",\n" : ") {\n");
      }
      if (e.properties.isEmpty()) {
        out.append(") {\n");
      }
    } else {
      out.append(indent).append(modifiers).append("final class ").append(e.name).append(" {\n");
      for (PropertySpec p : e.properties) {
        out.append(indent).append("  ").append(annotations(p)).append("private final ").append(p.type).append(" ")
            .append(p.name).append(";\n");
      }
      List<String> parameters = new ArrayList<>();
      e.properties.forEach(p -> parameters.add(p.type + " " + p.name));
      out.append(indent).append("  public ").append(e.name).append("(").append(String.join(", ", parameters))
          .append(") {\n");
      e.properties.forEach(p -> out.append(indent).append("    this.").append(p.name).append(" = ").append(p.name)
          .append(";\n"));
      out.append(indent).append("  }\n");
      for (PropertySpec p : e.properties) {
        out.append(indent).append("  public ").append(p.type).append(" get")
            .append(Character.toUpperCase(p.name.charAt(0))).append(p.name.substring(1)).append("() { return ")
            .append(p.name).append("; }\n");
      }
    }
    for (String enumType : e.enums) {
      out.append(indent).append("  public enum ").append(enumType).append(" { RED, GREEN, BLUE }\n");
    }
    return out.append(indent).append("}\n").toString();
  }

  private static String annotations(PropertySpec p) {
    StringBuilder out = new StringBuilder();
    if (p.id) {
      out.append("@Id ");
    }
    if (p.generated) {
      out.append("@GeneratedValue ");
    }
    List<String> column = new ArrayList<>();
    if (p.column != null) {
      column.add("name = " + quote(p.column));
    }
    if (p.nullable != null) {
      column.add("nullable = " + p.nullable);
    }
    if (p.unique) {
      column.add("unique = true");
    }
    if (p.index) {
      column.add("index = true");
    }
    if (p.length != 0) {
      column.add("length = " + p.length);
    }
    if (p.precision != 0) {
      column.add("precision = " + p.precision);
    }
    if (p.scale != -1) {
      column.add("scale = " + p.scale);
    }
    if (!column.isEmpty()) {
      out.append("@Column(").append(String.join(", ", column)).append(") ");
    }
    if (p.manyToOne != null) {
      out.append("@ManyToOne(target = ").append(p.manyToOne).append(".class");
      if (p.manyToOneName != null) {
        out.append(", name = ").append(quote(p.manyToOneName));
      }
      if (p.backref != null) {
        out.append(", backref = ").append(quote(p.backref));
      }
      if (p.onDelete != null) {
        out.append(", onDelete = OnDelete.").append(p.onDelete);
      }
      out.append(") ");
    }
    return out.toString();
  }

  private static String manyToMany(ManyToManySpec m) {
    List<String> attributes = new ArrayList<>();
    attributes.add("name = " + quote(m.name));
    attributes.add("target = " + m.target + ".class");
    if (m.through != null) {
      attributes.add("through = " + m.through + ".class");
    }
    if (m.joinTable != null) {
      attributes.add("joinTable = " + quote(m.joinTable));
    }
    if (m.joinColumn != null) {
      attributes.add("joinColumn = " + quote(m.joinColumn));
    }
    if (m.inverseJoinColumn != null) {
      attributes.add("inverseJoinColumn = " + quote(m.inverseJoinColumn));
    }
    if (m.backref != null) {
      attributes.add("backref = " + quote(m.backref));
    }
    return "@ManyToMany(" + String.join(", ", attributes) + ")";
  }

  /** A Java string literal. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
