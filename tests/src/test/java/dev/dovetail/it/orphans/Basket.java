package dev.dovetail.it.orphans;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** The parent. */
@Entity(table = "baskets")
public record Basket(@Id @GeneratedValue Long id, String name) {}
