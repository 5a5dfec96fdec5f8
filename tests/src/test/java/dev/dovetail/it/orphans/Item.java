package dev.dovetail.it.orphans;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** A child that exists only in its basket: removed from it, it is deleted. */
@Entity(table = "basket_items")
public record Item(
    @Id @GeneratedValue Long id,
    String name,
    @ManyToOne(target = Basket.class, backref = "items", orphanRemoval = true) @Column(nullable = false)
        Long basketId) {}
