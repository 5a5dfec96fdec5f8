package dev.dovetail.migrate;

import dev.dovetail.OnDelete;
import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the schema a database has (tables, columns, primary keys, foreign keys, indexes of the connection's
 * current schema) through JDBC's {@link DatabaseMetaData}, as a {@link SchemaDef}, so that it can be compared
 * with a snapshot by {@link SchemaDiff}. Dovetail's own tables are left out, and so are the indexes a
 * database makes by itself for primary and foreign keys.
 */
public final class LiveSchema {
  private static final Set<String> OWN_TABLES = Set.of(SchemaHistory.TABLE, RowLock.TABLE);
  /** H2 stores a VARCHAR without length as one of this many characters. */
  private static final int H2_UNBOUNDED = 1_000_000_000;

  private LiveSchema() {}

  /** The schema of the connection's current schema, named {@code name}. */
  public static SchemaDef read(Connection connection, String name) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        // SQLite's own tables (sqlite_sequence) and a rebuild's new table are not the model's.
        if (!OWN_TABLES.contains(normal(table)) && !table.startsWith("sqlite_")
            && !table.startsWith(RebuildTable.PREFIX)) {
          tables.add(table);
        }
      }
    }
    List<TableDef> defs = new ArrayList<>();
    for (String table : tables.stream().sorted().toList()) {
      defs.add(table(meta, catalog, schema, table));
    }
    SchemaDef live = SchemaDef.ordered(name, defs);
    return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite") ? stored(live, Dialect.SQLITE)
        : live;
  }

  /**
   * {@code schema} as {@code dialect} stores it, to be compared with what {@link #read} returns. SQLite keeps a
   * column's storage class and not the type it was declared for (an {@code INTEGER} holds booleans, shorts,
   * ints and longs; a {@code TEXT} strings, decimals, dates and UUIDs), so there every column is reduced to its
   * storage class, without length or identity; other databases keep the logical types and get {@code schema}.
   */
  public static SchemaDef stored(SchemaDef schema, Dialect dialect) {
    if (!dialect.name().equals("sqlite")) {
      return withoutDefaults(schema, dialect.name().equals("mariadb"));
    }
    List<TableDef> tables = new ArrayList<>();
    for (TableDef t : schema.tables()) {
      List<ColumnDef> columns = t.columns().stream().map(c -> new ColumnDef(c.name(), switch (dialect.sqlType(c)) {
        case "INTEGER" -> ColumnType.BIGINT;
        case "REAL" -> ColumnType.DOUBLE;
        case "BLOB" -> ColumnType.BINARY;
        default -> ColumnType.TEXT;
      }, 0, 0, 0, c.nullable(), false)).toList();
      tables.add(new TableDef(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.indexes()));
    }
    return SchemaDef.ordered(schema.name(), tables);
  }

  /**
   * {@code schema} without its columns' defaults, which {@link #read} does not read: each engine reports a default
   * in its own spelling ({@code 'x'::character varying}, {@code (UTC_TIMESTAMP(6))}), and the comparison is of the
   * schema's shape. With {@code zonelessTimes} (MariaDB, which keeps a point in time as a UTC {@code DATETIME}),
   * a {@link ColumnType#TIMESTAMP_TZ} column is the {@link ColumnType#TIMESTAMP} the database reports.
   */
  private static SchemaDef withoutDefaults(SchemaDef schema, boolean zonelessTimes) {
    List<TableDef> tables = new ArrayList<>();
    for (TableDef t : schema.tables()) {
      List<ColumnDef> columns = t.columns().stream().map(c -> zonelessTimes && c.type() == ColumnType.TIMESTAMP_TZ
          ? new ColumnDef(c.name(), ColumnType.TIMESTAMP, c.length(), c.precision(), c.scale(), c.nullable(),
              c.identity())
          : c.withDefault(null)).toList();
      tables.add(new TableDef(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.indexes()));
    }
    return new SchemaDef(schema.name(), tables);
  }

  private static TableDef table(DatabaseMetaData meta, String catalog, String schema, String table)
      throws SQLException {
    List<ColumnDef> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        columns.add(column(rs));
      }
    }
    TreeMap<Integer, String> key = new TreeMap<>();
    String keyName = null;
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), normal(rs.getString("COLUMN_NAME")));
        keyName = rs.getString("PK_NAME");
      }
    }
    Map<String, ForeignKeyDef> fks = new LinkedHashMap<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      Map<String, List<String[]>> parts = new LinkedHashMap<>();
      Map<String, Object[]> heads = new LinkedHashMap<>();
      while (rs.next()) {
        String fk = rs.getString("FK_NAME");
        parts.computeIfAbsent(fk, k -> new ArrayList<>())
            .add(new String[] {normal(rs.getString("FKCOLUMN_NAME")), normal(rs.getString("PKCOLUMN_NAME"))});
        heads.put(fk, new Object[] {normal(rs.getString("PKTABLE_NAME")), rs.getShort("DELETE_RULE")});
      }
      for (Map.Entry<String, List<String[]>> e : parts.entrySet()) {
        Object[] head = heads.get(e.getKey());
        fks.put(e.getKey(), new ForeignKeyDef(normal(e.getKey()), e.getValue().stream().map(p -> p[0]).toList(),
            (String) head[0], e.getValue().stream().map(p -> p[1]).toList(), onDelete((Short) head[1])));
      }
    }
    List<IndexDef> indexes = indexes(meta, catalog, schema, table, keyName, fks.keySet());
    return new TableDef(normal(table), columns, List.copyOf(key.values()), List.copyOf(fks.values()), indexes);
  }

  private static List<IndexDef> indexes(DatabaseMetaData meta, String catalog, String schema, String table,
      String keyName, Set<String> foreignKeys) throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        if (index == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        columns.computeIfAbsent(index, k -> new TreeMap<>())
            .put((int) rs.getShort("ORDINAL_POSITION"), normal(rs.getString("COLUMN_NAME")));
        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    List<IndexDef> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Integer, String>> e : columns.entrySet()) {
      String index = e.getKey();
      String upper = index.toUpperCase(Locale.ROOT);
      // The index behind a primary key, and those H2 and InnoDB make for foreign keys (InnoDB's named as the key),
      // are not the model's indexes.
      boolean own = index.equals(keyName) || upper.startsWith("PRIMARY_KEY_") || upper.equals("PRIMARY")
          || upper.startsWith("SQLITE_AUTOINDEX_")
          || foreignKeys.stream().anyMatch(fk -> upper.startsWith(fk.toUpperCase(Locale.ROOT) + "_INDEX_")
              || upper.equals(fk.toUpperCase(Locale.ROOT)));
      if (!own) {
        out.add(new IndexDef(normal(index), List.copyOf(e.getValue().values()), unique.get(index)));
      }
    }
    return out;
  }

  private static ColumnDef column(ResultSet rs) throws SQLException {
    String name = normal(rs.getString("COLUMN_NAME"));
    int jdbcType = rs.getInt("DATA_TYPE");
    String typeName = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
    int size = rs.getInt("COLUMN_SIZE");
    int digits = rs.getInt("DECIMAL_DIGITS");
    boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
    boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
    ColumnType type = type(jdbcType, typeName, size);
    return new ColumnDef(name, type, type == ColumnType.VARCHAR ? size : 0, type == ColumnType.DECIMAL ? size : 0,
        type == ColumnType.DECIMAL ? digits : 0, nullable, identity);
  }

  private static ColumnType type(int jdbcType, String typeName, int size) {
    if (typeName.equals("uuid")) {
      return ColumnType.UUID;
    }
    if (typeName.equals("text") || (typeName.equals("character varying") && size == H2_UNBOUNDED)) {
      return ColumnType.TEXT;
    }
    if (typeName.startsWith("timestamptz") || typeName.equals("timestamp with time zone")) {
      return ColumnType.TIMESTAMP_TZ;
    }
    return switch (jdbcType) {
      case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
      case Types.SMALLINT, Types.TINYINT -> ColumnType.SMALLINT;
      case Types.INTEGER -> ColumnType.INTEGER;
      case Types.BIGINT -> ColumnType.BIGINT;
      case Types.REAL -> ColumnType.REAL;
      case Types.DOUBLE, Types.FLOAT -> ColumnType.DOUBLE;
      case Types.NUMERIC, Types.DECIMAL -> ColumnType.DECIMAL;
      case Types.CHAR, Types.NCHAR -> ColumnType.CHAR;
      case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.CLOB -> ColumnType.VARCHAR;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnType.BINARY;
      case Types.DATE -> ColumnType.DATE;
      case Types.TIMESTAMP -> ColumnType.TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP_TZ;
      default -> throw new MigrationException("column type " + typeName + " (JDBC type " + jdbcType
          + ") is not one Dovetail maps");
    };
  }

  private static OnDelete onDelete(short rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> OnDelete.CASCADE;
      case DatabaseMetaData.importedKeySetNull -> OnDelete.SET_NULL;
      default -> OnDelete.RESTRICT;
    };
  }

  /** Unquoted names are stored upper case by H2: as Dovetail writes them lower case, they are read back so. */
  private static String normal(String identifier) {
    return identifier != null && identifier.equals(identifier.toUpperCase(Locale.ROOT))
        ? identifier.toLowerCase(Locale.ROOT) : identifier;
  }
}
