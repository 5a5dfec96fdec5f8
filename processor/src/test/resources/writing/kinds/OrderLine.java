package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;
import java.util.UUID;

/** A composite id whose first column is a foreign key. */
@Entity(table = "order_lines")
public record OrderLine(
    @Id @ManyToOne(target = Order.class, backref = "lines", onDelete = OnDelete.CASCADE) UUID orderId,
    @Id int lineNo,
    String product,
    int quantity) {}
