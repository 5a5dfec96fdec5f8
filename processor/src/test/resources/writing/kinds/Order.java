package com.example.kinds;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import java.util.UUID;

/** Reserved words as table and column names, and a UUID id. */
@Entity(table = "order")
public record Order(@Id UUID id, @Column(name = "group") String group) {}
