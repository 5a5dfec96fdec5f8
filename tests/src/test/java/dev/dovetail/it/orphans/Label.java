package dev.dovetail.it.orphans;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** A child that must have a basket and declares nothing: it cannot be removed from one. */
@Entity(table = "basket_labels")
public record Label(
    @Id @GeneratedValue Long id,
    String text,
    @ManyToOne(target = Basket.class, backref = "labels") @Column(nullable = false) Long basketId) {}
