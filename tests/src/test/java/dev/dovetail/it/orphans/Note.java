package dev.dovetail.it.orphans;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** A child that may have no basket: removed from one, it stays, without a basket. */
@Entity(table = "basket_notes")
public record Note(
    @Id @GeneratedValue Long id,
    String text,
    @ManyToOne(target = Basket.class, backref = "notes") Long basketId) {}
