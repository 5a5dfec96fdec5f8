package dev.dovetail.it.integrity;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** Two foreign keys to the same table, both restricting its deletes. */
@Entity(table = "articles")
public record Article(
    @Id @GeneratedValue Long id,
    String title,
    @ManyToOne(target = Writer.class) @Column(nullable = false) Long writerId,
    @ManyToOne(target = Writer.class) Long editorId) {}
