package dev.dovetail.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole schema: the tables of one {@link dev.dovetail.Database}, in foreign-key order (a table comes after
 * every table it refers to, except along a cycle, which {@link #deferredForeignKeys()} breaks).
 *
 * @param name the schema's name (the {@code @Database} interface's simple name)
 * @param tables the tables, in creation order
 */
public record SchemaDef(String name, List<TableDef> tables) {

  /** Copies the list. */
  public SchemaDef {
    tables = List.copyOf(tables);
  }

  /**
   * {@link #ordered(String, List)} of these tables; generated code calls this form, which {@code javac}
   * compiles faster than a {@code List.of} of hundreds of tables.
   */
  public static SchemaDef ordered(String name, TableDef... tables) {
    return ordered(name, List.of(tables));
  }

  /** A schema whose tables are put in foreign-key order, ties kept in the given order. */
  public static SchemaDef ordered(String name, List<TableDef> tables) {
    Map<String, TableDef> byName = new LinkedHashMap<>();
    for (TableDef t : tables) {
      byName.put(t.name(), t);
    }
    List<TableDef> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<String> visiting = new HashSet<>();
    for (TableDef table : tables) {
      visit(table, byName, done, visiting, out);
    }
    return new SchemaDef(name, out);
  }

  private static void visit(
      TableDef table, Map<String, TableDef> byName, Set<String> done, Set<String> visiting, List<TableDef> out) {
    if (done.contains(table.name()) || !visiting.add(table.name())) {
      return;
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      TableDef referenced = byName.get(fk.referencedTable());
      if (referenced != null && !referenced.name().equals(table.name())) {
        visit(referenced, byName, done, visiting, out);
      }
    }
    visiting.remove(table.name());
    done.add(table.name());
    out.add(table);
  }

  /** The table of that name, if there is one. */
  public Optional<TableDef> table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }

  /**
   * Foreign keys that refer to a table created later (a cycle of references): they cannot be declared
   * inline and are added by {@code ALTER TABLE} once every table exists.
   */
  public List<DeferredForeignKey> deferredForeignKeys() {
    List<DeferredForeignKey> deferred = new ArrayList<>();
    Set<String> created = new HashSet<>();
    for (TableDef table : tables) {
      created.add(table.name());
      for (ForeignKeyDef fk : table.foreignKeys()) {
        if (!created.contains(fk.referencedTable())) {
          deferred.add(new DeferredForeignKey(table.name(), fk));
        }
      }
    }
    return deferred;
  }

  /** Whether a foreign key of {@code table} must wait for an {@code ALTER TABLE}. */
  public boolean isDeferred(String table, ForeignKeyDef fk) {
    return deferredForeignKeys().contains(new DeferredForeignKey(table, fk));
  }

  /**
   * A foreign key added after its table was created.
   *
   * @param table the referencing table
   * @param foreignKey the key
   */
  public record DeferredForeignKey(String table, ForeignKeyDef foreignKey) {}
}
