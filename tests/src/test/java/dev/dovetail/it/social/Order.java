package dev.dovetail.it.social;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** Reserved words everywhere: table {@code order}, columns {@code group} and {@code select}. */
@Entity(table = "order")
public record Order(
    @Id String code,
    @Column(name = "select") int select,
    @ManyToOne(target = Member.class, backref = "orders") @Column(nullable = false) Long buyerId) {}
