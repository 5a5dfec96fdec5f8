package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.RelationQuery;
import dev.dovetail.schema.ColumnDef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of one entity in one dialect, written once and kept by its {@link EntityMapping}: quoting an
 * identifier matches a pattern and looks up reserved words, so writing a statement costs more than an H2
 * query of one row. DAOs (made anew for every transaction) and relationship handles (made for every call)
 * take their statements from here instead of writing them.
 */
public final class Statements {
  public final Dialect dialect;
  /** The quoted table name. */
  public final String table;
  /** {@code t.id, t.name}: every column, qualified by {@link RelationQuery#TARGET}. */
  public final String targetColumns;
  /** {@code students t}. */
  public final String targetFrom;
  public final String insertAllColumns;
  public final String insertWithoutGenerated;
  /** The name of the generated key for {@code prepareStatement(sql, String[])}, or null. */
  public final String[] generatedKey;
  public final String selectById;
  public final String existsById;
  public final String update;
  public final String deleteById;
  public final int[] updateColumns;
  /** Positions of the columns with a default, in table order. */
  public final int[] defaulted;
  private final String tableName;
  private final List<ColumnDef> columns;
  private final ConcurrentHashMap<BitSet, String> insertsOmitting = new ConcurrentHashMap<>();

  private final ConcurrentHashMap<Object, Object> relationships = new ConcurrentHashMap<>();

  Statements(EntityMapping<?> mapping, Dialect dialect) {
    this.dialect = dialect;
    List<ColumnDef> columns = mapping.table().columns();
    int generated = mapping.generatedColumn();
    this.table = dialect.quote(mapping.table().name());
    this.targetColumns = Sql.columns(dialect, mapping, RelationQuery.TARGET);
    this.targetFrom = table + " " + RelationQuery.TARGET;
    this.insertAllColumns = insertSql(dialect, mapping.table().name(), columns, -1);
    this.insertWithoutGenerated = generated < 0 ? insertAllColumns
        : insertSql(dialect, mapping.table().name(), columns, generated);
    this.generatedKey = generated < 0 ? null : new String[] {dialect.generatedKeyName(columns.get(generated).name())};
    String idCondition = Sql.idCondition(dialect, mapping, null);
    this.selectById = "SELECT " + Sql.columns(dialect, mapping, null) + " FROM " + table + " WHERE " + idCondition;
    this.existsById = "SELECT 1 FROM " + table + " WHERE " + idCondition;
    this.deleteById = "DELETE FROM " + table + " WHERE " + idCondition;
    List<Integer> ids = new ArrayList<>();
    for (int id : mapping.idColumns()) {
      ids.add(id);
    }
    List<Integer> set = new ArrayList<>();
    StringBuilder assignments = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (!ids.contains(i)) {
        assignments.append(set.isEmpty() ? "" : ", ").append(dialect.quote(columns.get(i).name())).append(" = ?");
        set.add(i);
      }
    }
    boolean nothingToSet = set.isEmpty();
    set.addAll(ids);
    this.updateColumns = new int[set.size()];
    for (int i = 0; i < updateColumns.length; i++) {
      updateColumns[i] = set.get(i);
    }
    this.update = nothingToSet ? null : "UPDATE " + table + " SET " + assignments + " WHERE " + idCondition;
    this.defaulted = mapping.defaultedUnsafe();
    this.tableName = mapping.table().name();
    this.columns = columns;
  }

  /** The insert of every column but those of {@code omitted}, which take their defaults; written on first use. */
  public String insertOmitting(BitSet omitted) {
    String found = insertsOmitting.get(omitted);
    if (found != null) {
      return found;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!omitted.get(i)) {
        names.add(columns.get(i).name());
      }
    }
    String insert = dialect.insert(tableName, names);
    insertsOmitting.putIfAbsent((BitSet) omitted.clone(), insert);
    return insert;
  }

  /** The insert of every column but {@code skip} (-1: none), in their order. */
  private static String insertSql(Dialect dialect, String table, List<ColumnDef> columns, int skip) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (i != skip) {
        names.add(columns.get(i).name());
      }
    }
    return dialect.insert(table, names);
  }

  /** The statements of relationship {@code spec} (owned by this entity), written on first use. */
  @SuppressWarnings("unchecked")
  public <O, T> LinkStatements link(ManyToManySpec<O, T> spec) {
    Object found = relationships.get(spec);
    if (found == null) {
      found = relationships.computeIfAbsent(spec, s -> new LinkStatements(dialect, spec));
    }
    return (LinkStatements) found;
  }
}
