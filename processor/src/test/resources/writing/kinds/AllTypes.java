package com.example.kinds;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One property of every supported type, primitive and boxed, with and without column options. */
@Entity
public record AllTypes(
    @Id long id,
    boolean flag, Boolean boxedFlag,
    byte tiny, Byte boxedTiny,
    short small, Short boxedSmall,
    int count, Integer boxedCount,
    long big, Long boxedBig,
    float ratio, Float boxedRatio,
    double amount, Double boxedAmount,
    char initial, Character boxedInitial,
    @Column(unique = true, nullable = false) String code,
    @Column(length = Column.UNBOUNDED) String notes,
    @Column(name = "label_text", length = 40, index = true) String label,
    BigDecimal total,
    @Column(precision = 10, scale = 2) BigDecimal price,
    UUID token,
    byte[] data,
    Instant createdAt,
    LocalDate birthday,
    LocalDateTime wallClock,
    OffsetDateTime zoned,
    Level level,
    @Column(length = 16) Color color) {

  /** An enum nested in the entity. */
  public enum Level { LOW, HIGH }
}
