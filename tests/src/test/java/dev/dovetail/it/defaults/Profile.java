package dev.dovetail.it.defaults;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A literal default of every kind, and the current time. */
@Entity(table = "profiles")
public record Profile(
    @Id @GeneratedValue Long id,
    String name,
    @Column(nullable = false, defaultValue = "0") Integer score,
    @Column(defaultValue = "true") Boolean active,
    @Column(length = 20, defaultValue = "it's \\ here") String motto,
    @Column(defaultValue = "DRAFT") Stage stage,
    @Column(precision = 6, scale = 2, defaultValue = "12.50") BigDecimal price,
    @Column(defaultValue = "123e4567-e89b-12d3-a456-426614174000") UUID token,
    @Column(defaultValue = "2024-02-29") LocalDate since,
    @Column(defaultValue = "2024-02-29T10:15:30.5") LocalDateTime opened,
    @Column(defaultValue = "2024-02-29T10:15:30+02:00") Instant moment,
    @Column(nullable = false, defaultNow = true) Instant created) {

  /** A profile of {@code name} leaving every defaulted column to its default. */
  static Profile named(String name) {
    return new Profile(null, name, null, null, null, null, null, null, null, null, null, null);
  }
}
