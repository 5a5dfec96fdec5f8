package dev.dovetail.it.orphans;

import dev.dovetail.Database;

/** Children of one parent through three foreign keys: one that removes orphans, two that keep them. */
@Database(entities = {Basket.class, Item.class, Label.class, Note.class})
public interface Orphans {}
