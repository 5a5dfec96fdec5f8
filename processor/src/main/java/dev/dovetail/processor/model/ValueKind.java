package dev.dovetail.processor.model;

import dev.dovetail.schema.ColumnType;

/** The Java types a column can have, and the logical column type each maps to by default. */
public enum ValueKind {
  BOOLEAN(ColumnType.BOOLEAN),
  BYTE(ColumnType.SMALLINT),
  SHORT(ColumnType.SMALLINT),
  INT(ColumnType.INTEGER),
  LONG(ColumnType.BIGINT),
  FLOAT(ColumnType.REAL),
  DOUBLE(ColumnType.DOUBLE),
  CHAR(ColumnType.CHAR),
  STRING(ColumnType.VARCHAR),
  BIG_DECIMAL(ColumnType.DECIMAL),
  UUID(ColumnType.UUID),
  BYTES(ColumnType.BINARY),
  INSTANT(ColumnType.TIMESTAMP_TZ),
  LOCAL_DATE(ColumnType.DATE),
  LOCAL_DATE_TIME(ColumnType.TIMESTAMP),
  OFFSET_DATE_TIME(ColumnType.TIMESTAMP_TZ),
  ENUM(ColumnType.VARCHAR),
  /** A type with no mapping; the validator reports it. */
  UNSUPPORTED(null);

  private final ColumnType columnType;

  ValueKind(ColumnType columnType) {
    this.columnType = columnType;
  }

  /** The logical column type, null for {@link #UNSUPPORTED}. */
  public ColumnType columnType() {
    return columnType;
  }

  /** The Java types that have a mapping, as listed in error messages. */
  public static String supportedTypes() {
    return "boolean, byte, short, int, long, float, double, char (and their boxes), String, BigDecimal, UUID, "
        + "byte[], Instant, LocalDate, LocalDateTime, OffsetDateTime, enums";
  }
}
