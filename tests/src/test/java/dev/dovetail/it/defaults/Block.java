package dev.dovetail.it.defaults;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;

/** An association object with a {@code NOT NULL} column and no default: a link cannot be written without it. */
@Entity(table = "reader_blocks")
public record Block(
    @Id @ManyToOne(target = Reader.class, onDelete = OnDelete.CASCADE) Long blockerId,
    @Id @ManyToOne(target = Reader.class, onDelete = OnDelete.CASCADE) Long blockedId,
    @Column(nullable = false) String reason) {}
