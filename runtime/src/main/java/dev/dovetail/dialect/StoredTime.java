package dev.dovetail.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A date-time as every database keeps it: to the microsecond, the finer part cut off towards the past (never
 * rounded), and a zoned one at offset UTC. Every dialect binds what these methods return, so that the four
 * databases store the same value (left to the drivers, H2's and PostgreSQL's round to the nearest microsecond,
 * carrying {@code 23:59:59.9999995} into the next year, while MariaDB's and SQLite's cut off), and what
 * {@code insert} returns equals what a later read gives. Each method takes and gives {@code null}. A decimal
 * goes the same way to its column's scale ({@link #decimal}).
 */
public final class StoredTime {
  private StoredTime() {}

  /** {@code value} cut to the microsecond. */
  public static Instant instant(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code value} cut to the microsecond. */
  public static LocalDateTime localDateTime(LocalDateTime value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * {@code value} cut to the microsecond, at offset UTC: a {@code TIMESTAMP WITH TIME ZONE} keeps the point in
   * time, not the offset it was given at (MariaDB's and SQLite's keep no offset at all).
   */
  public static OffsetDateTime offsetDateTime(OffsetDateTime value) {
    return value == null ? null : instant(value.toInstant()).atOffset(ZoneOffset.UTC);
  }

  /**
   * {@code value} at the column's {@code scale} when it has fewer digits after the point ({@code 1} in a scale-2
   * column is stored, and read back, as {@code 1.00}); as given otherwise. A value with more digits than the
   * scale is the database's to refuse or round, and is not changed here.
   */
  public static BigDecimal decimal(BigDecimal value, int scale) {
    return value == null || value.scale() >= scale ? value : value.setScale(scale);
  }
}
