package dev.dovetail.dialect;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Everything that differs between databases, in one place: identifier quoting, SQL types, identity columns,
 * DDL, "insert if absent", batched key conditions, binding and reading values, and classifying errors.
 * Generated code and the runtime never write database-specific SQL themselves.
 *
 * <p>A dialect is stateless and thread-safe; {@link #detect(Connection)} picks one from the JDBC
 * connection's metadata.
 */
public abstract class Dialect {

  /**
   * Creates a dialect; subclasses are singletons
   * ({@link #H2}, {@link #POSTGRESQL}, {@link #MARIADB}, {@link #SQLITE}).
   */
  protected Dialect() {}

  /** The embedded default. */
  public static final Dialect H2 = new H2Dialect();

  /** PostgreSQL 12 and later. */
  public static final Dialect POSTGRESQL = new PostgresDialect();

  /** MariaDB 10.6 and later, and MySQL 8. */
  public static final Dialect MARIADB = new MariaDbDialect();

  /** SQLite 3.35 and later, through the xerial sqlite-jdbc driver. */
  public static final Dialect SQLITE = new SqliteDialect();

  /** Every dialect, in the order their DDL resources are written. */
  public static List<Dialect> all() {
    return List.of(H2, POSTGRESQL, MARIADB, SQLITE);
  }

  /** The dialect named {@code name} ({@link #name()}). */
  public static Dialect named(String name) {
    for (Dialect d : all()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "no dialect named \"" + name + "\"; the dialects are " + all().stream().map(Dialect::name).toList());
  }

  /** The dialect of the database behind a connection, from its product name. */
  public static Dialect detect(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    // MariaDB's driver reports "MariaDB", MySQL's (and MariaDB's talking to a MySQL server) "MySQL".
    if (p.contains("mariadb") || p.contains("mysql")) {
      return MARIADB;
    }
    if (p.contains("sqlite")) {
      return SQLITE;
    }
    throw new IllegalArgumentException("Dovetail has no dialect for the database \"" + product
        + "\"; pass one explicitly, e.g. create(jdbi, Dialect.POSTGRESQL), if it speaks one of "
        + all().stream().map(Dialect::name).toList());
  }

  /** Short lowercase name, used in resource names ({@code h2}, {@code postgresql}, {@code mariadb}, {@code sqlite}). */
  public abstract String name();

  // ---------------------------------------------------------------- connections

  /**
   * Readies a connection the runtime has just obtained, before its first statement: what a database needs
   * switched on per connection (SQLite's foreign keys), or checked (MariaDB's affected-row counts). Called
   * once per connection the runtime opens, and once per handle given to it; the default does nothing.
   *
   * @throws SQLException when the connection cannot be made fit, saying how to configure it
   */
  public void prepareConnection(Connection connection) throws SQLException {}

  /**
   * The statements {@link #prepareConnection} runs on every connection, so that a tool counting statements
   * per call can tell them apart from the call's own; empty by default.
   */
  public List<String> connectionSetup() {
    return List.of();
  }

  // ---------------------------------------------------------------- identifiers

  /** Words this database refuses as bare identifiers, lowercase. */
  protected abstract Set<String> reservedWords();

  /** Whether {@code identifier} is a reserved word of this database (and so is always quoted). */
  public boolean isReserved(String identifier) {
    return reservedWords().contains(identifier.toLowerCase(Locale.ROOT));
  }

  /** The character that opens and closes a quoted identifier. */
  protected char quoteChar() {
    return '"';
  }

  /**
   * The identifier as it must appear in SQL. Plain lowercase names are left bare, so that user-written SQL
   * fragments can name them unquoted on every database; reserved words and names with other characters
   * are quoted.
   */
  public String quote(String identifier) {
    if (isPlain(identifier) && !isReserved(identifier)) {
      return identifier;
    }
    char q = quoteChar();
    return q + identifier.replace(String.valueOf(q), String.valueOf(q) + q) + q;
  }

  /**
   * Whether {@code identifier} matches {@code [a-z_][a-z0-9_]*}; written out, as a regular expression costs
   * start-up time to compile and every quoted name a matcher.
   */
  private static boolean isPlain(String identifier) {
    if (identifier.isEmpty()) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- types and DDL

  /** The SQL type of a column, without nullability or identity. */
  public abstract String sqlType(ColumnDef column);

  /** The clause that makes a column an identity column. */
  protected String identityClause() {
    return "GENERATED BY DEFAULT AS IDENTITY";
  }

  /** One column's definition inside {@code CREATE TABLE}. */
  public String columnDefinition(ColumnDef column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(sqlType(column));
    if (column.identity()) {
      sql.append(' ').append(identityClause());
    }
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(defaultSql(column));
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  /**
   * The SQL of a column's default ({@link ColumnDef#defaultValue()}, which must be set): what {@code DEFAULT}
   * takes in the column's definition, and what the migration engine fills existing rows with.
   */
  public String defaultSql(ColumnDef column) {
    ColumnDefault value = column.defaultValue();
    return value.isNow() ? currentTimestamp() : literal(column.type(), value.literal());
  }

  /**
   * The current point in time, as a default of a {@link ColumnType#TIMESTAMP_TZ} column: by default the
   * standard's {@code CURRENT_TIMESTAMP}, which H2 and PostgreSQL keep to the microsecond.
   */
  protected String currentTimestamp() {
    return "CURRENT_TIMESTAMP";
  }

  /**
   * A literal of {@code type} from its canonical text ({@link ColumnDefault}), as a column of that type stores
   * it: by default the standard's typed literals ({@code TRUE}, {@code DATE '2024-02-29'},
   * {@code TIMESTAMP WITH TIME ZONE '... +00:00'}) and quoted text.
   */
  protected String literal(ColumnType type, String canonical) {
    return switch (type) {
      case BOOLEAN -> canonical.toUpperCase(Locale.ROOT);
      case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> canonical;
      case CHAR, VARCHAR, TEXT, UUID -> quoteText(canonical);
      case BINARY -> throw new IllegalArgumentException("a byte[] column takes no literal default");
      case DATE -> "DATE " + quoteText(canonical);
      case TIMESTAMP -> "TIMESTAMP " + quoteText(canonical.replace('T', ' '));
      case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE "
          + quoteText(canonical.replace('T', ' ').replace("Z", "+00:00"));
    };
  }

  /** {@code 'text'}, each quote doubled. */
  protected String quoteText(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Whether the primary key of {@code table} is declared on its column rather than as a table constraint:
   * SQLite's identity column must be {@code INTEGER PRIMARY KEY} to be its row id. No by default.
   */
  protected boolean primaryKeyOnColumn(TableDef table) {
    return false;
  }

  /** What follows the closing parenthesis of {@code CREATE TABLE} (storage engine, character set); none by default. */
  protected String tableOptions() {
    return "";
  }

  /** {@code CREATE TABLE} with its primary key and the given foreign keys inline. */
  public String createTable(TableDef table, List<ForeignKeyDef> inlineForeignKeys) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (");
    List<String> parts = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      parts.add(columnDefinition(column));
    }
    if (!table.primaryKey().isEmpty() && !primaryKeyOnColumn(table)) {
      parts.add("CONSTRAINT " + quote(dev.dovetail.schema.SchemaNames.primaryKey(table.name()))
          + " PRIMARY KEY (" + columnList(table.primaryKey()) + ")");
    }
    for (ForeignKeyDef fk : inlineForeignKeys) {
      parts.add(foreignKeyClause(fk));
    }
    for (int i = 0; i < parts.size(); i++) {
      sql.append(i == 0 ? "\n  " : ",\n  ").append(parts.get(i));
    }
    return sql.append("\n)").append(tableOptions()).toString();
  }

  /** {@code CONSTRAINT fk FOREIGN KEY (...) REFERENCES t (...) ON DELETE ...}. */
  public String foreignKeyClause(ForeignKeyDef fk) {
    return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY (" + columnList(fk.columns()) + ") REFERENCES "
        + quote(fk.referencedTable()) + " (" + columnList(fk.referencedColumns()) + ")"
        + switch (fk.onDelete()) {
          case CASCADE -> " ON DELETE CASCADE";
          case SET_NULL -> " ON DELETE SET NULL";
          case RESTRICT -> " ON DELETE RESTRICT";
        };
  }

  /** {@code ALTER TABLE t ADD CONSTRAINT fk ...}. */
  public String addForeignKey(String table, ForeignKeyDef fk) {
    return "ALTER TABLE " + quote(table) + " ADD " + foreignKeyClause(fk);
  }

  /** {@code CREATE [UNIQUE] INDEX ix ON t (...)}. */
  public String createIndex(String table, IndexDef index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
        + " (" + columnList(index.columns()) + ")";
  }

  /** {@code DROP TABLE t}, with whatever the database needs to drop what depends on it. */
  public String dropTable(String table) {
    return "DROP TABLE IF EXISTS " + quote(table) + " CASCADE";
  }

  /** The statements creating a whole schema: tables in foreign-key order, indexes, then deferred keys. */
  public List<String> createSchema(SchemaDef schema) {
    List<String> statements = new ArrayList<>();
    List<SchemaDef.DeferredForeignKey> deferred = schema.deferredForeignKeys();
    for (TableDef table : schema.tables()) {
      List<ForeignKeyDef> inline = table.foreignKeys().stream()
          .filter(fk -> !deferred.contains(new SchemaDef.DeferredForeignKey(table.name(), fk)))
          .toList();
      statements.add(createTable(table, inline));
    }
    for (TableDef table : schema.tables()) {
      for (IndexDef index : table.indexes()) {
        statements.add(createIndex(table.name(), index));
      }
    }
    for (SchemaDef.DeferredForeignKey fk : deferred) {
      statements.add(addForeignKey(fk.table(), fk.foreignKey()));
    }
    return statements;
  }

  /** The statements dropping every table of a schema, dependents first. */
  public List<String> dropSchema(SchemaDef schema) {
    List<String> statements = new ArrayList<>();
    for (int i = schema.tables().size() - 1; i >= 0; i--) {
      statements.add(dropTable(schema.tables().get(i).name()));
    }
    return statements;
  }

  /**
   * Whether {@link #dropSchema}'s statements run in one transaction; by default where DDL is transactional.
   * SQLite's do not, as they switch foreign keys off, which SQLite ignores inside a transaction.
   */
  public boolean dropSchemaInTransaction() {
    return transactionalDdl();
  }

  /**
   * The statements that end a {@link #dropSchema} run outside a transaction, run on the same connection even
   * when one of its statements failed, so that the connection is left as it was found; none by default.
   */
  public List<String> afterDropSchema() {
    return List.of();
  }

  /** The schema's DDL as a script, each statement ended by {@code ;}, as written to the DDL resources. */
  public String createScript(SchemaDef schema) {
    StringBuilder out = new StringBuilder("-- Schema ").append(schema.name()).append(" for ").append(name())
        .append(", generated by Dovetail from the @Entity declarations. Do not edit.\n");
    for (String statement : createSchema(schema)) {
      out.append('\n').append(statement).append(";\n");
    }
    return out.toString();
  }

  /** Whether DDL statements take part in transactions (and roll back with them). */
  public abstract boolean transactionalDdl();

  // ---------------------------------------------------------------- DML

  /** The quoted, comma-separated list of columns. */
  public String columnList(List<String> columns) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
    }
    return out.toString();
  }

  /** {@code ?, ?, ?}: {@code count} parameter marks, comma-separated. */
  protected static String parameters(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "?" : ", ?");
    }
    return out.toString();
  }

  /**
   * {@code INSERT INTO t (a, b) VALUES (?, ?)}: one row of {@code columns}, bound in order. With no columns (a
   * table whose only column is its generated id), a row of defaults: {@link #insertDefaults}.
   */
  public String insert(String table, List<String> columns) {
    if (columns.isEmpty()) {
      return insertDefaults(table);
    }
    return "INSERT INTO " + quote(table) + " (" + columnList(columns) + ") VALUES (" + parameters(columns.size())
        + ")";
  }

  /** An {@code INSERT} of one row of default values: the standard's {@code INSERT INTO t DEFAULT VALUES}. */
  protected String insertDefaults(String table) {
    return "INSERT INTO " + quote(table) + " DEFAULT VALUES";
  }

  /**
   * An {@code INSERT} of one row into {@code table} that does nothing, and reports 0 rows, when a row with
   * the same {@code keyColumns} exists; 1 when it inserted. Parameters are the columns, in order. By default
   * {@code INSERT ... ON CONFLICT (keys) DO NOTHING}, which PostgreSQL and SQLite share.
   */
  public String insertIfAbsent(String table, List<String> columns, List<String> keyColumns) {
    return insert(table, columns) + " ON CONFLICT (" + columnList(keyColumns) + ") DO NOTHING";
  }

  /**
   * A {@code DELETE} of the one row of {@code table} whose {@code keyColumns} (its primary key) equal the
   * parameters, in order, planned on the primary key whatever other indexes and statistics the table has. By
   * default {@code DELETE FROM t WHERE a = ? AND b = ?}: PostgreSQL, MariaDB and SQLite look a row up by a unique
   * index whose every column is compared by {@code =} before weighing any other index.
   */
  public String deleteByKey(String table, List<String> keyColumns) {
    return "DELETE FROM " + quote(table) + " WHERE " + keyEquals(keyColumns);
  }

  /** {@code a = ? AND b = ?}. */
  protected String keyEquals(List<String> keyColumns) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < keyColumns.size(); i++) {
      out.append(i == 0 ? "" : " AND ").append(quote(keyColumns.get(i))).append(" = ?");
    }
    return out.toString();
  }

  /** Whether a duplicate-key error from {@link #insertIfAbsent} under a race means "already there". */
  public boolean insertIfAbsentMayRaceOnDuplicate() {
    return false;
  }

  /**
   * Whether an {@code INSERT} run as a JDBC batch hands back the generated key of every row; where it does
   * not (SQLite's driver reports only the last), the runtime runs the one prepared statement row by row.
   */
  public boolean batchReturnsGeneratedKeys() {
    return true;
  }

  /**
   * Whether an {@code UPDATE} reports only the rows it changed, so that 0 may also mean "found, but already
   * holding those values" (MariaDB with {@code useAffectedRows=true}). The runtime then looks the row up to
   * tell the two apart. No by default: the count is of the rows matched.
   */
  public boolean updateCountsOnlyChangedRows() {
    return false;
  }

  /**
   * Whether {@code e} reports that the database chose this transaction as the victim of a deadlock, or
   * could not take a lock in time, so that running the same all-or-nothing work again may succeed.
   */
  public boolean isTransientLockFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
        return true;
      }
    }
    return false;
  }

  /** {@code LIMIT}/{@code OFFSET} clause (with a leading space); -1 means none. */
  public String limitOffset(long limit, long offset) {
    StringBuilder out = new StringBuilder();
    if (limit >= 0) {
      out.append(" LIMIT ").append(limit);
    }
    if (offset > 0) {
      out.append(" OFFSET ").append(offset);
    }
    return out.toString();
  }

  /**
   * A condition true where {@code column} (a qualified, quoted text column) holds a non-empty text bound to
   * each of the condition's {@code ?}s ({@code column} appears once, every {@code ?} takes the same text), as
   * {@code match} says: compared character for character and case-sensitively, NUL and wildcards included.
   * By default {@code POSITION}, {@code LEFT} and {@code RIGHT}, which H2 and PostgreSQL share.
   */
  public String textMatch(TextMatch match, String column) {
    return switch (match) {
      case CONTAINS -> "POSITION(? IN " + column + ") > 0";
      case STARTS_WITH -> "LEFT(" + column + ", CHAR_LENGTH(?)) = ?";
      case ENDS_WITH -> "RIGHT(" + column + ", CHAR_LENGTH(?)) = ?";
    };
  }

  /**
   * Whether the driver fetches a result a few rows at a time (by its fetch size) only inside a transaction,
   * and reads the whole of it at once in autocommit mode (PostgreSQL's); no by default.
   */
  public boolean streamsOnlyInTransaction() {
    return false;
  }

  /**
   * {@code SELECT }, or what a {@code SELECT} whose tables are to be joined in the order written begins with.
   * Batched loading writes the join table first, filtered by the owners' keys, and each target after it by its
   * id. By default the planner is left to find that order.
   */
  public String selectInJoinOrder() {
    return "SELECT ";
  }

  /** The most keys bound in one batched-loading query; larger inputs are split into chunks of this size. */
  public int maxKeysPerQuery() {
    return 1000;
  }

  /**
   * Whether keys of {@code type} may be bound by {@link #bindKeys} past one chunk (as an array or a JSON
   * parameter, by the dialect): integers and text. Other types take one parameter each.
   */
  public boolean bindsAsKeys(ColumnType type) {
    return switch (type) {
      case SMALLINT, INTEGER, BIGINT, CHAR, VARCHAR, TEXT -> true;
      default -> false;
    };
  }

  /**
   * The condition {@code column IN (the keys)} for {@code count} keys of {@code type}, bound by
   * {@link #bindKeys}. The default lists one parameter per key.
   */
  public String keysCondition(String qualifiedColumn, ColumnType type, int count) {
    return qualifiedColumn + " IN (" + parameters(count) + ")";
  }

  /** Binds the keys of {@link #keysCondition} from parameter {@code index}; returns the next free index. */
  public int bindKeys(PreparedStatement ps, int index, List<?> keys, ColumnType type) throws SQLException {
    for (Object key : keys) {
      bind(ps, index++, key, type);
    }
    return index;
  }

  /**
   * A table of the keys {@link #bindKeys} binds, one column named {@code k}, that batched loading joins
   * ({@code JOIN <table> dv_keys ON dv_keys.k = column}) instead of filtering with {@link #keysCondition};
   * {@code null}, the default, to filter. For databases that look each key of a join up in the column's index
   * but test every row against an array or a list.
   */
  public String keysTable(ColumnType type) {
    return null;
  }

  /** How a generated-key column is named to {@code Connection.prepareStatement(sql, String[])}. */
  public String generatedKeyName(String column) {
    return column;
  }

  // ---------------------------------------------------------------- values

  /** Binds {@code value} (or {@code NULL}) as a value of a column of {@code type}. */
  public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlTypeCode(type));
      return;
    }
    switch (type) {
      case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
      case SMALLINT -> ps.setShort(index, ((Number) value).shortValue());
      case INTEGER -> ps.setInt(index, ((Number) value).intValue());
      case BIGINT -> ps.setLong(index, ((Number) value).longValue());
      case REAL -> ps.setFloat(index, (Float) value);
      case DOUBLE -> ps.setDouble(index, (Double) value);
      case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) value);
      case CHAR, VARCHAR, TEXT -> ps.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
      case UUID -> bindUuid(ps, index, (UUID) value);
      case BINARY -> ps.setBytes(index, (byte[]) value);
      case DATE -> ps.setObject(index, value);
      case TIMESTAMP -> ps.setObject(index, StoredTime.localDateTime((LocalDateTime) value));
      case TIMESTAMP_TZ -> bindInstant(ps, index, storedInstant(value));
    }
  }

  /**
   * The point in time of an {@code Instant} or {@code OffsetDateTime} as {@link StoredTime} keeps it: every
   * dialect binds that, not the driver's rounding of the nanoseconds.
   */
  protected static Instant storedInstant(Object value) {
    return StoredTime.instant(value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value);
  }

  /**
   * Binds a value given by a user for a named parameter of an SQL fragment, whose column type is not
   * known: points in time (cut to the microsecond, see {@link StoredTime}), UUIDs and enums are bound the way
   * columns of their type store them.
   */
  public void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof Instant || value instanceof OffsetDateTime) {
      bindInstant(ps, index, storedInstant(value));
    } else if (value instanceof LocalDateTime dateTime) {
      ps.setObject(index, StoredTime.localDateTime(dateTime));
    } else if (value instanceof UUID uuid) {
      bindUuid(ps, index, uuid);
    } else if (value instanceof Enum<?> e) {
      ps.setString(index, e.name());
    } else if (value instanceof Character c) {
      ps.setString(index, c.toString());
    } else if (value instanceof Byte b) {
      ps.setShort(index, b);
    } else {
      ps.setObject(index, value);
    }
  }

  /** Reads a column of {@code type} as its canonical Java value (what {@link #bind} takes). */
  public Object getValue(ResultSet rs, int index, ColumnType type) throws SQLException {
    return switch (type) {
      case BOOLEAN -> getBoolean(rs, index);
      case SMALLINT -> getShort(rs, index);
      case INTEGER -> getInteger(rs, index);
      case BIGINT -> getLong(rs, index);
      case REAL -> getFloat(rs, index);
      case DOUBLE -> getDouble(rs, index);
      case DECIMAL -> getBigDecimal(rs, index);
      case CHAR -> getCharacter(rs, index);
      case VARCHAR, TEXT -> getString(rs, index);
      case UUID -> getUuid(rs, index);
      case BINARY -> getBytes(rs, index);
      case DATE -> getLocalDate(rs, index);
      case TIMESTAMP -> getLocalDateTime(rs, index);
      case TIMESTAMP_TZ -> getInstant(rs, index);
    };
  }

  /** The {@link Types} code used to bind {@code NULL} to a column of {@code type}. */
  protected int sqlTypeCode(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> Types.BOOLEAN;
      case SMALLINT -> Types.SMALLINT;
      case INTEGER -> Types.INTEGER;
      case BIGINT -> Types.BIGINT;
      case REAL -> Types.REAL;
      case DOUBLE -> Types.DOUBLE;
      case DECIMAL -> Types.DECIMAL;
      case CHAR -> Types.CHAR;
      case VARCHAR, TEXT -> Types.VARCHAR;
      case UUID -> Types.OTHER;
      case BINARY -> Types.VARBINARY;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP;
      case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
    };
  }

  /** Binds a UUID. */
  protected void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
    ps.setObject(index, value);
  }

  /** Binds a point in time so that no JVM or session time zone shifts it. */
  protected void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    ps.setObject(index, value.atOffset(ZoneOffset.UTC));
  }

  /** Reads a {@code BOOLEAN} column; {@code null} for SQL {@code NULL}. */
  public Boolean getBoolean(ResultSet rs, int index) throws SQLException {
    boolean v = rs.getBoolean(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code SMALLINT} column as a byte. */
  public Byte getByte(ResultSet rs, int index) throws SQLException {
    byte v = rs.getByte(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code SMALLINT} column. */
  public Short getShort(ResultSet rs, int index) throws SQLException {
    short v = rs.getShort(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads an {@code INTEGER} column. */
  public Integer getInteger(ResultSet rs, int index) throws SQLException {
    int v = rs.getInt(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code BIGINT} column. */
  public Long getLong(ResultSet rs, int index) throws SQLException {
    long v = rs.getLong(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code REAL} column. */
  public Float getFloat(ResultSet rs, int index) throws SQLException {
    float v = rs.getFloat(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code DOUBLE} column. */
  public Double getDouble(ResultSet rs, int index) throws SQLException {
    double v = rs.getDouble(index);
    return rs.wasNull() ? null : v;
  }

  /** Reads a {@code DECIMAL} column. */
  public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
    return rs.getBigDecimal(index);
  }

  /** Reads a one-character column. */
  public Character getCharacter(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null || v.isEmpty() ? null : v.charAt(0);
  }

  /** Reads a text column. */
  public String getString(ResultSet rs, int index) throws SQLException {
    return rs.getString(index);
  }

  /** Reads a {@code UUID} column. */
  public UUID getUuid(ResultSet rs, int index) throws SQLException {
    return rs.getObject(index, UUID.class);
  }

  /** Reads a binary column. */
  public byte[] getBytes(ResultSet rs, int index) throws SQLException {
    return rs.getBytes(index);
  }

  /** Reads a {@code DATE} column. */
  public LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
    return rs.getObject(index, LocalDate.class);
  }

  /** Reads a {@code TIMESTAMP} column. */
  public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
    return rs.getObject(index, LocalDateTime.class);
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as a point in time. */
  public Instant getInstant(ResultSet rs, int index) throws SQLException {
    OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
    return v == null ? null : v.toInstant();
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column, at offset UTC. */
  public OffsetDateTime getOffsetDateTime(ResultSet rs, int index) throws SQLException {
    Instant v = getInstant(rs, index);
    return v == null ? null : v.atOffset(ZoneOffset.UTC);
  }

  // ---------------------------------------------------------------- errors

  /** What kind of constraint an exception reports a violation of. */
  public enum Violation {
    /** A foreign key: the referenced row is missing, or still referred to. */
    FOREIGN_KEY,
    /** A primary key or unique constraint. */
    UNIQUE,
    /** A {@code NOT NULL} column was given {@code NULL}. */
    NOT_NULL,
    /** Anything else. */
    OTHER
  }

  /**
   * Classifies an exception by its SQLSTATE, following the SQL standard's class 23 codes. An invalid
   * transaction state (class 25) or a rolled-back transaction (class 40) is {@link Violation#OTHER} even when
   * it carries, as its cause, the constraint violation that ended the transaction earlier: that statement was
   * not this one.
   */
  public Violation classify(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        if (sql.getSQLState().startsWith("25") || sql.getSQLState().startsWith("40")) {
          return Violation.OTHER;
        }
        switch (sql.getSQLState()) {
          case "23503", "23506" -> {
            return Violation.FOREIGN_KEY;
          }
          case "23505" -> {
            return Violation.UNIQUE;
          }
          case "23502" -> {
            return Violation.NOT_NULL;
          }
          default -> {
            // look further down the chain
          }
        }
      }
    }
    return Violation.OTHER;
  }

  @Override
  public String toString() {
    return name();
  }
}
