package dev.dovetail.dialect;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.SchemaDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * MariaDB 10.6 and later, and MySQL 8, through MariaDB Connector/J (or MySQL Connector/J). Keeps timestamps to
 * the microsecond. What differs from the standard:
 *
 * <ul>
 *   <li>identifiers are quoted with backticks; {@code AUTO_INCREMENT} makes identity columns;
 *   <li>every table is InnoDB in {@code utf8mb4} with the binary collation {@code utf8mb4_bin}, so that text
 *       compares case- and accent-sensitively, as on the other databases, whatever the server's defaults.
 *       InnoDB's {@code DYNAMIC} row format (the default since MariaDB 10.2 and MySQL 5.7) indexes up to
 *       3072 bytes, so a {@code VARCHAR(255)} (1020 bytes in {@code utf8mb4}) indexes whole;
 *   <li>{@code Instant} is a {@code DATETIME(6)} holding UTC, bound and read as a {@code LocalDateTime} at
 *       UTC: no JVM, connection or server time zone takes part. ({@code TIMESTAMP} would convert through the
 *       session's zone and ends in 2038.);
 *   <li>{@code UUID} is {@code CHAR(36)} in ASCII: the same on MySQL 8, which has no {@code UUID} type (MariaDB
 *       10.7's would not be portable), readable, and 36 bytes in an index rather than 144;
 *   <li>"insert if absent" is {@code INSERT ... ON DUPLICATE KEY UPDATE c = c}, which reports 0 rows when the
 *       row was there only with {@code useAffectedRows=true}; {@link #prepareConnection} insists on it.
 *       {@code INSERT IGNORE} is not used: it would turn a foreign-key violation into a warning;
 *   <li>DDL is not transactional; tables are dropped without {@code CASCADE}, dependents first;
 *   <li>errors are told apart by MariaDB's error codes, as SQLSTATE 23000 covers every constraint.
 * </ul>
 */
final class MariaDbDialect extends Dialect {
  /** MariaDB's reserved words, with those MySQL 8 adds (window functions, {@code rank}, {@code system}). */
  private static final Set<String> RESERVED = Set.of(
      "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
      "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character", "check",
      "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "cube",
      "cume_dist", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "cursor",
      "database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec", "decimal",
      "declare", "default", "delayed", "delete", "delete_domain_id", "dense_rank", "desc", "describe",
      "deterministic", "distinct", "distinctrow", "div", "do_domain_ids", "double", "drop", "dual", "each", "else",
      "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit", "explain", "false", "fetch",
      "first_value", "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext", "function",
      "general", "generated", "grant", "group", "grouping", "groups", "having", "high_priority",
      "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "ignore_domain_ids", "ignore_server_ids",
      "in", "index", "infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4",
      "int8", "integer", "intersect", "interval", "into", "io_after_gtids", "io_before_gtids", "is", "iterate",
      "join", "json_table", "key", "keys", "kill", "lag", "last_value", "lateral", "lead", "leading", "leave",
      "left", "like", "limit", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long",
      "longblob", "longtext", "loop", "low_priority", "master_bind", "master_heartbeat_period",
      "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint",
      "minute_microsecond", "minute_second", "mod", "modifies", "natural", "not", "no_write_to_binlog",
      "nth_value", "ntile", "null", "numeric", "of", "offset", "on", "optimize", "optimizer_costs", "option",
      "optionally", "or", "order", "out", "outer", "outfile", "over", "page_checksum", "parse_vcol_expr",
      "partition", "percent_rank", "position", "precision", "primary", "procedure", "purge", "range", "rank",
      "read", "reads", "read_write", "real", "recursive", "ref_system_id", "references", "regexp", "release",
      "rename", "repeat", "replace", "require", "resignal", "restrict", "return", "returning", "revoke", "right",
      "rlike", "row", "row_number", "rows", "schema", "schemas", "second_microsecond", "select", "sensitive",
      "separator", "set", "show", "signal", "slow", "smallint", "spatial", "specific", "sql", "sqlexception",
      "sqlstate", "sqlwarning", "sql_big_result", "sql_calc_found_rows", "sql_small_result", "ssl", "starting",
      "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "stored", "straight_join", "system",
      "table", "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true",
      "undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time",
      "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where",
      "while", "window", "with", "write", "xor", "year_month", "zerofill");

  /** MariaDB's largest {@code LIMIT}: what "no limit" is written as when there is an offset. */
  private static final String NO_LIMIT = "18446744073709551615";

  @Override
  public String name() {
    return "mariadb";
  }

  @Override
  protected Set<String> reservedWords() {
    return RESERVED;
  }

  @Override
  protected char quoteChar() {
    return '`';
  }

  /**
   * Refuses a connection that counts matched rather than changed rows (both Connector/Js' default): there
   * {@code ON DUPLICATE KEY UPDATE} reports 1 for a row that was already there, and {@code add} could not
   * say whether it linked anything. Reads the connection's URL, which MariaDB Connector/J renders with
   * every option however it was given; no statement is run.
   */
  @Override
  public void prepareConnection(Connection connection) throws SQLException {
    String url = String.valueOf(connection.getMetaData().getURL()).toLowerCase(Locale.ROOT);
    if (!url.contains("useaffectedrows=true")) {
      throw new SQLException("Dovetail needs MariaDB/MySQL connections that report affected rows, so that an "
          + "\"insert if absent\" can say whether it inserted: add useAffectedRows=true to the JDBC URL ("
          + connection.getMetaData().getURL() + ")", "08000");
    }
  }

  /** The current time at UTC, as a {@code DATETIME(6)} holding a point in time keeps it. */
  @Override
  protected String currentTimestamp() {
    return "(UTC_TIMESTAMP(6))";
  }

  /** A point in time as the UTC {@code DATETIME} it is stored as. */
  @Override
  protected String literal(ColumnType type, String canonical) {
    return switch (type) {
      case TIMESTAMP_TZ -> "TIMESTAMP " + quoteText(canonical.replace('T', ' ').replace("Z", ""));
      default -> super.literal(type, canonical);
    };
  }

  /**
   * Text with a backslash is an expression that writes each backslash as {@code CHAR(92)}: in a literal a
   * backslash escapes, unless the session's {@code NO_BACKSLASH_ESCAPES} is set, and the DDL must mean one thing
   * under either setting.
   */
  @Override
  protected String quoteText(String text) {
    if (text.indexOf('\\') < 0) {
      return super.quoteText(text);
    }
    StringBuilder out = new StringBuilder("(CONCAT(");
    String[] parts = text.split("\\\\", -1);
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : ", CHAR(92 USING utf8mb4), ").append(super.quoteText(parts[i]));
    }
    return out.append("))").toString();
  }

  @Override
  public String sqlType(ColumnDef c) {
    return switch (c.type()) {
      case BOOLEAN -> "BOOLEAN";
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INT";
      case BIGINT -> "BIGINT";
      // FLOAT refuses magnitudes above 3.402823466E+38, a hair under Float.MAX_VALUE; a DOUBLE holds every
      // float exactly. (REAL would be a DOUBLE too, unless the server runs in REAL_AS_FLOAT mode.)
      case REAL, DOUBLE -> "DOUBLE";
      case DECIMAL -> "DECIMAL(" + c.precision() + ", " + c.scale() + ")";
      case CHAR -> "CHAR(1)";
      case VARCHAR -> "VARCHAR(" + c.length() + ")";
      case TEXT -> "LONGTEXT";
      case UUID -> "CHAR(36) CHARACTER SET ascii COLLATE ascii_bin";
      case BINARY -> "LONGBLOB";
      case DATE -> "DATE";
      case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
    };
  }

  @Override
  protected String identityClause() {
    return "AUTO_INCREMENT";
  }

  @Override
  protected String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  }

  @Override
  public String dropTable(String table) {
    // CASCADE is accepted and ignored; dropSchema drops dependents first.
    return "DROP TABLE IF EXISTS " + quote(table);
  }

  /**
   * Dependents first. Tables on a cycle of foreign keys cannot all go after their dependents: for such a
   * schema the session's foreign-key checks are off while its tables are dropped.
   */
  @Override
  public List<String> dropSchema(SchemaDef schema) {
    if (schema.deferredForeignKeys().isEmpty()) {
      return super.dropSchema(schema);
    }
    List<String> statements = new ArrayList<>();
    statements.add("SET FOREIGN_KEY_CHECKS = 0");
    statements.addAll(super.dropSchema(schema));
    statements.add("SET FOREIGN_KEY_CHECKS = 1");
    return statements;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String insertIfAbsent(String table, List<String> columns, List<String> keyColumns) {
    String first = quote(keyColumns.get(0));
    return insert(table, columns) + " ON DUPLICATE KEY UPDATE " + first + " = " + first;
  }

  /** MariaDB and MySQL have no {@code DEFAULT VALUES}; an empty column list means every column's default. */
  @Override
  protected String insertDefaults(String table) {
    return "INSERT INTO " + quote(table) + " () VALUES ()";
  }

  @Override
  public boolean updateCountsOnlyChangedRows() {
    return true;
  }

  @Override
  public String limitOffset(long limit, long offset) {
    if (offset > 0) {
      return " LIMIT " + (limit >= 0 ? String.valueOf(limit) : NO_LIMIT) + " OFFSET " + offset;
    }
    return limit >= 0 ? " LIMIT " + limit : "";
  }

  @Override
  public String keysCondition(String qualifiedColumn, ColumnType type, int count) {
    if (!manyIntegers(type, count)) {
      // Text keys stay one parameter each: the driver writes them into the statement's text (it prepares on
      // the client), and a JSON_TABLE of text keys is looked up row by row (9 s for 100,000 keys, 1,000 rows).
      return super.keysCondition(qualifiedColumn, type, count);
    }
    // Integers past a chunk: one JSON parameter read as a table, within the 65,535 parameters of a statement
    // prepared on the server; the derived table is materialised once and probed by hash (0.1 s, as above).
    return qualifiedColumn + " IN (SELECT k FROM (SELECT DISTINCT k FROM JSON_TABLE(?, '$[*]' COLUMNS (k BIGINT "
        + "PATH '$')) dv_json) dv_keys)";
  }

  @Override
  public int bindKeys(PreparedStatement ps, int index, List<?> keys, ColumnType type) throws SQLException {
    if (!manyIntegers(type, keys.size())) {
      return super.bindKeys(ps, index, keys, type);
    }
    ps.setString(index, JsonKeys.array(keys));
    return index + 1;
  }

  private boolean manyIntegers(ColumnType type, int count) {
    return count > maxKeysPerQuery()
        && (type == ColumnType.SMALLINT || type == ColumnType.INTEGER || type == ColumnType.BIGINT);
  }

  @Override
  public String textMatch(TextMatch match, String column) {
    // Compared as the bytes of UTF-8, whatever the column's character set: a case-insensitive collation (the
    // server's default) would match "ABC" for "abc", and a PAD SPACE one would take "ab " to start "ab".
    String value = binary("?");
    return switch (match) {
      case CONTAINS -> "INSTR(" + binary(column) + ", " + value + ") > 0";
      case STARTS_WITH -> "LEFT(" + binary(column) + ", LENGTH(" + value + ")) = " + value;
      case ENDS_WITH -> "RIGHT(" + binary(column) + ", LENGTH(" + value + ")) = " + value;
    };
  }

  private static String binary(String text) {
    return "CAST(CONVERT(" + text + " USING utf8mb4) AS BINARY)";
  }

  // ---------------------------------------------------------------- values

  @Override
  protected int sqlTypeCode(ColumnType type) {
    return switch (type) {
      case UUID -> Types.CHAR;
      case TIMESTAMP_TZ -> Types.TIMESTAMP;
      default -> super.sqlTypeCode(type);
    };
  }

  @Override
  protected void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
    ps.setString(index, value.toString());
  }

  @Override
  protected void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  @Override
  public UUID getUuid(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : UUID.fromString(v);
  }

  @Override
  public Instant getInstant(ResultSet rs, int index) throws SQLException {
    LocalDateTime v = rs.getObject(index, LocalDateTime.class);
    return v == null ? null : v.toInstant(ZoneOffset.UTC);
  }

  // ---------------------------------------------------------------- errors

  /** Classifies by MariaDB's error codes; deadlocks and lock waits (class 40, 1205) are {@code OTHER}. */
  @Override
  public Violation classify(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        switch (sql.getErrorCode()) {
          case 1451, 1452, 1216, 1217 -> {
            return Violation.FOREIGN_KEY;
          }
          case 1062, 1586 -> {
            return Violation.UNIQUE;
          }
          case 1048, 1364 -> {
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
  public boolean isTransientLockFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
        return true;
      }
    }
    return false;
  }
}
