package dev.dovetail.processor.robust;

import dev.dovetail.processor.robust.ModelSpec.EntitySpec;
import dev.dovetail.processor.robust.ModelSpec.ManyToManySpec;
import dev.dovetail.processor.robust.ModelSpec.PropertySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid models of every shape the annotations allow: every column type, primitive and boxed, nullability,
 * uniqueness, indexes, sizes; many-to-one to an earlier entity, to itself and in nullable cycles; many-to-many
 * plain, self-referential and through an association entity; reserved words, unicode and long names; records
 * and classes; entities and databases nested in classes; user classes named like {@code java.lang} types.
 * One {@link Random} per model, seeded from the run's seed and the model's index, so one model is reproducible.
 */
final class ModelGenerator {
  private static final String[] ENTITY_NAMES = {"Post", "Item", "Order", "User", "Group", "Tag", "Note", "Café",
      "Übung", "Throw", "Extend", "Thi", "Class", "Interface", "Record", "Value", "Key", "Select", "Data", "Entry",
      "Category", "Box", "Match", "Wish", "Person", "Address", "Ägypten", "Zone", "Handle", "Mapping",
      "Schema", "Table", "Index", "Default", "Check", "Limit", "Offset", "Row", "Element",
      "AVeryLongEntityNameThatKeepsGoingOnAndOn"};
  private static final String[] WORDS = {"title", "body", "order", "select", "group", "user", "value", "key",
      "größe", "naïve", "count", "position", "data", "text", "amount", "createdAt", "limit", "offset", "from", "to",
      "aVeryLongPropertyNameOfThirtyNineCharsX", "state", "level", "rank", "année", "name", "type", "date", "time"};
  private static final String[] TYPES = {"boolean", "Boolean", "byte", "Byte", "short", "Short", "int",
      "Integer", "long", "Long", "float", "Float", "double", "Double", "char", "Character", "String",
      "java.math.BigDecimal", "java.util.UUID", "byte[]", "java.time.Instant", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.OffsetDateTime", "ENUM"};
  private static final String[] JAVA_LANG = {"Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double",
      "Character", "String", "Object", "Override", "Deprecated", "Iterable", "Enum", "Class", "Record"};
  private static final String[] RESERVED_TABLES = {"order", "user", "group", "select", "table", "key", "values"};

  private ModelGenerator() {}

  /** The valid model number {@code index} of the run seeded {@code seed}, in package {@code gen.m<index>}. */
  static ModelSpec valid(long seed, int index) {
    Random random = new Random(seed * 1_000_003L + index);
    ModelSpec model = new ModelSpec("gen.m" + index);
    boolean shadow = random.nextInt(5) == 0;
    if (shadow) {
      for (String name : JAVA_LANG) {
        if (random.nextInt(3) == 0) {
          model.userClasses.add("final class " + name + " {}");
        }
      }
    }
    // A compilation's databases need distinct simple names: their resources are named by them (DV312).
    model.database = (random.nextBoolean() ? "Db" : "Blog") + index;
    model.databaseHolder = random.nextInt(6) == 0 ? "Config" : null;
    int count = 1 + random.nextInt(5);
    List<String> names = new ArrayList<>(List.of(ENTITY_NAMES));
    names.removeIf(n -> model.userClasses.contains("final class " + n + " {}"));
    int counter = 0;
    for (int i = 0; i < count; i++) {
      EntitySpec e = new EntitySpec();
      e.name = names.remove(random.nextInt(names.size()));
      e.record = random.nextBoolean();
      e.holder = random.nextInt(5) == 0 ? "Holder" + random.nextInt(2) : null;
      e.suppressReserved = true;
      switch (random.nextInt(6)) {
        case 0 -> e.table = RESERVED_TABLES[random.nextInt(RESERVED_TABLES.length)] + (random.nextBoolean() ? "" : i);
        case 1 -> e.table = "t_" + i + "_" + e.name.toLowerCase(java.util.Locale.ROOT);
        default -> e.table = null;
      }
      if (model.entities.stream().anyMatch(o -> table(o).equalsIgnoreCase(table(e)))) {
        e.table = "t" + i + "_x";
      }
      e.properties.add(id(random, shadow));
      int columns = random.nextInt(7);
      List<String> words = new ArrayList<>(List.of(WORDS));
      for (int c = 0; c < columns; c++) {
        e.properties.add(column(random, words.remove(random.nextInt(words.size())), shadow, e));
      }
      model.entities.add(e);
    }
    // Relationships: a many-to-one to an earlier entity may be required; to itself or a later one it is
    // nullable, so that no cycle of required keys can form.
    for (int j = 0; j < model.entities.size(); j++) {
      EntitySpec child = model.entities.get(j);
      int links = random.nextInt(3);
      for (int l = 0; l < links; l++) {
        EntitySpec parent = model.entities.get(random.nextInt(model.entities.size()));
        int k = counter++;
        PropertySpec id = parent.properties.get(0);
        boolean required = model.entities.indexOf(parent) < j && random.nextBoolean();
        PropertySpec fk = new PropertySpec("ref" + k + "Id", boxed(id.type, shadow));
        if (required && random.nextBoolean() && primitive(id.type) != null) {
          fk.type = primitive(id.type);
        } else if (required) {
          fk.nullable = false;
        }
        fk.manyToOne = parent.ref();
        if (random.nextBoolean()) {
          fk.backref = "children" + k;
        }
        if (random.nextInt(3) == 0) {
          fk.manyToOneName = "parent" + k;
        }
        fk.onDelete = !required && random.nextBoolean() ? "SET_NULL" : random.nextBoolean() ? "CASCADE" : null;
        child.properties.add(fk);
      }
    }
    List<EntitySpec> singles = model.entities.stream().filter(e -> e.properties.get(0).id).toList();
    int manyToMany = random.nextInt(3);
    for (int m = 0; m < manyToMany && !singles.isEmpty(); m++) {
      EntitySpec owner = singles.get(random.nextInt(singles.size()));
      EntitySpec target = random.nextInt(3) == 0 ? owner : singles.get(random.nextInt(singles.size()));
      int k = counter++;
      ManyToManySpec spec = new ManyToManySpec();
      spec.name = "links" + k;
      spec.target = target.ref();
      spec.backref = random.nextBoolean() ? "linkedBy" + k : null;
      if (random.nextInt(3) == 0) {
        EntitySpec through = new EntitySpec();
        through.name = "Link" + k;
        through.record = random.nextBoolean();
        through.properties.add(id(random, shadow));
        PropertySpec from = new PropertySpec("from" + k + "Id", boxed(owner.properties.get(0).type, shadow));
        from.manyToOne = owner.ref();
        from.nullable = false;
        PropertySpec to = new PropertySpec("to" + k + "Id", boxed(target.properties.get(0).type, shadow));
        to.manyToOne = target.ref();
        to.nullable = false;
        through.properties.add(from);
        through.properties.add(to);
        if (random.nextBoolean()) {
          through.properties.add(new PropertySpec("note", lang("String", shadow)));
        }
        model.entities.add(through);
        spec.through = through.ref();
        spec.joinColumn = "from" + k + "_id";
        spec.inverseJoinColumn = "to" + k + "_id";
      } else {
        spec.joinTable = "link_table" + k;
        spec.joinColumn = "from" + k + "_id";
        spec.inverseJoinColumn = "to" + k + "_id";
      }
      owner.manyToMany.add(spec);
    }
    return model;
  }

  /** The table an entity gets: its own, or the snake_case of its name. */
  static String table(EntitySpec e) {
    return e.table != null ? e.table : dev.dovetail.schema.SchemaNames.snakeCase(e.name);
  }

  private static PropertySpec id(Random random, boolean shadow) {
    PropertySpec id = switch (random.nextInt(6)) {
      case 0 -> new PropertySpec("id", lang("String", shadow));
      case 1 -> new PropertySpec("id", "java.util.UUID");
      case 2 -> new PropertySpec("id", lang("Integer", shadow));
      case 3 -> new PropertySpec("id", "long");
      default -> new PropertySpec("id", lang("Long", shadow));
    };
    id.id = true;
    id.generated = id.type.endsWith("Long") && random.nextBoolean()
        || id.type.endsWith("Integer") && random.nextBoolean();
    return id;
  }

  private static PropertySpec column(Random random, String word, boolean shadow, EntitySpec owner) {
    String type = TYPES[random.nextInt(TYPES.length)];
    if (type.equals("ENUM")) {
      String name = "Kind" + owner.enums.size();
      owner.enums.add(name);
      type = owner.ref() + "." + name;
    } else if (Character.isUpperCase(type.charAt(0)) && !type.contains(".")) {
      type = lang(type, shadow);
    }
    PropertySpec p = new PropertySpec(word, type);
    boolean primitive = Character.isLowerCase(type.charAt(0)) && !type.contains(".");
    if (!primitive && random.nextInt(4) == 0) {
      p.nullable = false;
    }
    if (random.nextInt(6) == 0) {
      p.unique = true;
    }
    if (random.nextInt(6) == 0) {
      p.index = true;
    }
    if (random.nextInt(5) == 0) {
      p.column = random.nextBoolean() ? "col_" + word.toLowerCase(java.util.Locale.ROOT) : "k_" + word.toLowerCase(java.util.Locale.ROOT);
    }
    if (type.endsWith("String") && random.nextInt(3) == 0) {
      p.length = random.nextBoolean() ? -1 : 1 + random.nextInt(500);
    }
    if (type.endsWith("BigDecimal") && random.nextBoolean()) {
      p.precision = 1 + random.nextInt(38);
      p.scale = random.nextInt(Math.min(p.precision, 30) + 1);
    }
    return p;
  }

  /** A {@code java.lang} type, qualified when the model has a class of that simple name. */
  static String lang(String simple, boolean shadow) {
    return shadow ? "java.lang." + simple : simple;
  }

  private static String boxed(String type, boolean shadow) {
    return switch (type) {
      case "long" -> lang("Long", shadow);
      case "int" -> lang("Integer", shadow);
      default -> type;
    };
  }

  private static String primitive(String type) {
    if (type.endsWith("Long")) {
      return "long";
    }
    return type.endsWith("Integer") ? "int" : null;
  }
}
