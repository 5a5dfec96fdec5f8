package dev.dovetail.processor.robust;

import dev.dovetail.processor.Diagnostic;
import dev.dovetail.processor.robust.ModelSpec.EntitySpec;
import dev.dovetail.processor.robust.ModelSpec.ManyToManySpec;
import dev.dovetail.processor.robust.ModelSpec.PropertySpec;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Declarations that cannot work, made by changing one fact of a valid model. Each names the diagnostic it must
 * cause and a text of the line it must be reported on.
 */
final class Mutations {
  private Mutations() {}

  /** What a mutation expects: an error {@code diagnostic} on a line of the model's sources containing {@code marker}. */
  record Expected(String name, Diagnostic diagnostic, String marker, String declaration) {
    Expected(String name, Diagnostic diagnostic, String marker) {
      this(name, diagnostic, marker, null);
    }

    /** A {@code @ManyToMany} written twice sits in a container javac made up, so its errors are on the type. */
    Expected onType(EntitySpec e) {
      return e.manyToMany.size() > 1 ? new Expected(name, diagnostic, marker, (e.record ? "record " : "class ")
          + e.name + (e.record ? "(" : " {")) : this;
    }

    /** Whether a diagnostic on {@code line} is where it should be. */
    boolean at(String line) {
      return line.contains(marker) || (declaration != null && line.contains(declaration));
    }
  }

  private record Mutation(String name, BiFunction<ModelSpec, Random, Expected> apply) {}

  private static final List<Mutation> ALL = List.of(
      new Mutation("no id", (m, r) -> {
        EntitySpec e = pick(m, r);
        e.properties.get(0).id = false;
        e.properties.get(0).generated = false;
        e.properties.get(0).name = "noIdHere";
        return new Expected("no id", Diagnostic.MISSING_ID, "@Entity");
      }),
      new Mutation("unsupported column type", (m, r) -> {
        pick(m, r).properties.add(new PropertySpec("badList", "java.util.List<java.lang.String>"));
        return new Expected("unsupported column type", Diagnostic.UNSUPPORTED_COLUMN_TYPE, "badList");
      }),
      new Mutation("duplicate column", (m, r) -> {
        PropertySpec p = new PropertySpec("dupColumn", "int");
        p.column = "id";
        pick(m, r).properties.add(p);
        return new Expected("duplicate column", Diagnostic.DUPLICATE_COLUMN, "dupColumn");
      }),
      new Mutation("generated primitive id", (m, r) -> {
        EntitySpec e = pick(m, r);
        PropertySpec p = new PropertySpec("serialNo", "long");
        p.generated = true;
        e.properties.add(p);
        return new Expected("generated not id", e.properties.get(0).generated ? Diagnostic.GENERATED_TWICE
            : Diagnostic.GENERATED_NOT_ID, "serialNo");
      }),
      new Mutation("foreign key type", (m, r) -> {
        EntitySpec e = pick(m, r);
        EntitySpec target = pick(m, r);
        PropertySpec p = new PropertySpec("wrongKeyId", target.properties.get(0).type.endsWith("UUID")
            ? "byte[]" : "java.util.UUID");
        p.manyToOne = target.ref();
        e.properties.add(p);
        return new Expected("foreign key type", Diagnostic.FOREIGN_KEY_TYPE_MISMATCH, "wrongKeyId");
      }),
      new Mutation("table not an identifier", (m, r) -> {
        EntitySpec e = pick(m, r);
        e.table = List.of("a b", "users; drop table x", "a*/b", "x\\u12", "", "1abc", "t-x").get(r.nextInt(7));
        return new Expected("table not an identifier",
            Diagnostic.NAME_NOT_SQL_IDENTIFIER, "@Entity(table = ");
      }),
      new Mutation("column not an identifier", (m, r) -> {
        PropertySpec p = new PropertySpec("oddColumn", "int");
        p.column = List.of("a b", "c*/", "x\\u", "", "é-x", "\"q\"").get(r.nextInt(6));
        pick(m, r).properties.add(p);
        return new Expected("column not an identifier", Diagnostic.NAME_NOT_SQL_IDENTIFIER, "oddColumn");
      }),
      new Mutation("self many-to-many on one column", (m, r) -> {
        EntitySpec e = pickSingleId(m, r);
        ManyToManySpec s = new ManyToManySpec();
        s.name = "selfSame";
        s.target = e.ref();
        s.joinTable = "self_same";
        s.joinColumn = "same_id";
        s.inverseJoinColumn = "same_id";
        e.manyToMany.add(s);
        return new Expected("self many-to-many", Diagnostic.SELF_REFERENCE_SAME_COLUMNS, "selfSame").onType(e);
      }),
      new Mutation("empty many-to-many name", (m, r) -> {
        EntitySpec e = pickSingleId(m, r);
        ManyToManySpec s = new ManyToManySpec();
        s.name = "";
        s.target = e.ref();
        s.joinTable = "nameless";
        s.joinColumn = "a_id";
        s.inverseJoinColumn = "b_id";
        e.manyToMany.add(s);
        return new Expected("empty name", Diagnostic.HANDLE_NAME_NOT_IDENTIFIER, "joinTable = \"nameless\"")
            .onType(e);
      }),
      new Mutation("generated type taken", (m, r) -> {
        EntitySpec e = pick(m, r);
        m.userClasses.add("final class " + e.name + (r.nextBoolean() ? "Dao" : "_") + " {}");
        return new Expected("generated type taken", Diagnostic.GENERATED_NAME_TAKEN, "@Entity");
      }),
      new Mutation("database type taken", (m, r) -> {
        m.userClasses.add("final class " + m.database + "Db {}");
        return new Expected("database type taken", Diagnostic.GENERATED_NAME_TAKEN, "@Database");
      }),
      new Mutation("two entities on one table", (m, r) -> {
        EntitySpec e = pick(m, r);
        EntitySpec copy = new EntitySpec();
        copy.name = "Twin";
        copy.record = true;
        copy.table = ModelGenerator.table(e);
        copy.properties.add(new PropertySpec("id", "long"));
        copy.properties.get(0).id = true;
        m.entities.add(copy);
        return new Expected("duplicate table", Diagnostic.DUPLICATE_TABLE, "@Entity(table = ");
      }),
      new Mutation("set null on a required key", (m, r) -> {
        EntitySpec e = pick(m, r);
        EntitySpec target = pick(m, r);
        PropertySpec p = new PropertySpec("requiredRefId", target.properties.get(0).type);
        p.nullable = false;
        p.manyToOne = target.ref();
        p.onDelete = "SET_NULL";
        e.properties.add(p);
        return new Expected("set null", Diagnostic.SET_NULL_NOT_NULLABLE, "requiredRefId");
      }),
      new Mutation("join table missing", (m, r) -> {
        EntitySpec e = pickSingleId(m, r);
        ManyToManySpec s = new ManyToManySpec();
        s.name = "tableless";
        s.target = e.ref();
        s.joinColumn = "x_id";
        s.inverseJoinColumn = "y_id";
        e.manyToMany.add(s);
        return new Expected("join table missing", Diagnostic.MISSING_JOIN_TABLE, "tableless").onType(e);
      }),
      new Mutation("backref not an identifier", (m, r) -> {
        EntitySpec e = pickSingleId(m, r);
        ManyToManySpec s = new ManyToManySpec();
        s.name = "oddBackref";
        s.target = e.ref();
        s.joinTable = "odd_backref";
        s.joinColumn = "x_id";
        s.inverseJoinColumn = "y_id";
        s.backref = List.of("has space", "class", "1st", "a-b").get(r.nextInt(4));
        e.manyToMany.add(s);
        return new Expected("backref", Diagnostic.HANDLE_NAME_NOT_IDENTIFIER, "oddBackref").onType(e);
      }));

  /** Applies mutation number {@code which} (modulo their count) to {@code model}. */
  static Expected apply(ModelSpec model, int which, Random random) {
    Mutation mutation = ALL.get(Math.floorMod(which, ALL.size()));
    return mutation.apply().apply(model, random);
  }

  /** How many kinds there are. */
  static int count() {
    return ALL.size();
  }

  private static EntitySpec pick(ModelSpec m, Random r) {
    return m.entities.get(r.nextInt(m.entities.size()));
  }

  private static EntitySpec pickSingleId(ModelSpec m, Random r) {
    List<EntitySpec> singles = m.entities.stream().filter(e -> e.properties.get(0).id).toList();
    return singles.isEmpty() ? pick(m, r) : singles.get(r.nextInt(singles.size()));
  }
}
