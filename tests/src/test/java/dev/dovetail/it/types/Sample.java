package dev.dovetail.it.types;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every supported type, primitives and boxes, keyed by a UUID. */
@Entity(table = "samples")
public record Sample(
    @Id UUID id,
    boolean flag,
    Boolean maybeFlag,
    byte tiny,
    Byte maybeTiny,
    short small,
    Short maybeSmall,
    int count,
    Integer maybeCount,
    long big,
    Long maybeBig,
    float ratio,
    Float maybeRatio,
    double amount,
    Double maybeAmount,
    char letter,
    Character maybeLetter,
    String text,
    @Column(length = Column.UNBOUNDED) String essay,
    @Column(precision = 20, scale = 6) BigDecimal price,
    UUID reference,
    byte[] payload,
    Instant at,
    LocalDate day,
    LocalDateTime wallClock,
    OffsetDateTime zoned,
    Color color) {}
