package dev.dovetail.it.types;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Every temporal type, in a record whose {@code equals} compares them all. */
@Entity(table = "moments")
public record Moment(
    @Id @GeneratedValue Long id, Instant at, LocalDateTime wallClock, OffsetDateTime zoned, LocalDate day) {}
