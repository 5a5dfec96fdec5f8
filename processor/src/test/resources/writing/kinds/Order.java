package com.example.kinds;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import java.util.UUID;

/** Reserved words as table and column names, and a UUID id. */
@SuppressWarnings("DV307") // reserved words on purpose: they must work, quoted
@Entity(table = "order")
public record Order(@Id UUID id, @Column(name = "group") String group) {}
