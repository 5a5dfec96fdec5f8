package dev.dovetail.processor.robust;

import dev.dovetail.processor.robust.ModelSpec.PropertySpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A value for each column of a generated model, chosen to be awkward for a database without breaking the
 * column's declared limits: values beyond 32 bits, non-ASCII text, nanoseconds that a database cuts to
 * microseconds, a date-time at a non-UTC offset, a leap day, decimals filling their precision.
 */
final class RowValues {
  private RowValues() {}

  /** The id of the {@code entity}-th entity of a model, of Java type {@code type}. */
  static Object id(Class<?> type, int entity) {
    if (type == String.class) {
      return "id-ü" + entity;
    }
    if (type == UUID.class) {
      return new UUID(0x1234_5678_9abc_def0L, entity);
    }
    if (type == Integer.class || type == int.class) {
      return 1_000 + entity;
    }
    if (type == Long.class || type == long.class) {
      return 5_000_000_000L + entity;
    }
    throw new IllegalArgumentException("no id value for " + type);
  }

  /** A value of column {@code p}, of Java type {@code type}, that its declared length and precision admit. */
  static Object column(Class<?> type, PropertySpec p) {
    if (type.isEnum()) {
      return type.getEnumConstants()[1];
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == byte.class || type == Byte.class) {
      return (byte) -7;
    }
    if (type == short.class || type == Short.class) {
      return (short) -12_345;
    }
    if (type == int.class || type == Integer.class) {
      return 2_000_000_000;
    }
    if (type == long.class || type == Long.class) {
      return -9_000_000_000_000L;
    }
    if (type == float.class || type == Float.class) {
      return 1.5f;
    }
    if (type == double.class || type == Double.class) {
      return -2.25e10;
    }
    if (type == char.class || type == Character.class) {
      return 'ß';
    }
    if (type == String.class) {
      String text = "Grüße, \"" + p.name + "\" 'naïve'";
      return p.length > 0 && text.length() > p.length ? text.substring(0, p.length) : text;
    }
    if (type == BigDecimal.class) {
      return decimal(p.precision, p.scale);
    }
    if (type == UUID.class) {
      return UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    }
    if (type == byte[].class) {
      return new byte[] {0, 1, -1, 127, -128};
    }
    if (type == Instant.class) {
      return Instant.parse("2024-02-29T23:59:58.123456789Z");
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 2, 29);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_789);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_789, ZoneOffset.ofHoursMinutes(5, 30));
    }
    throw new IllegalArgumentException("no value for column " + p.name + " of " + type);
  }

  /**
   * A decimal with as many digits as {@code precision} and {@code scale} allow (at most 12 and 6), or
   * {@code 12.5} when the column takes the default size.
   */
  private static BigDecimal decimal(int precision, int scale) {
    if (precision == 0) {
      return new BigDecimal("12.5");
    }
    int fraction = Math.min(Math.max(scale, 0), 6);
    int whole = Math.min(precision - Math.max(scale, 0), 12);
    String text = (whole > 0 ? "123456789012".substring(0, whole) : "0")
        + (fraction > 0 ? "." + "543210".substring(0, fraction) : "");
    return new BigDecimal(text);
  }
}
