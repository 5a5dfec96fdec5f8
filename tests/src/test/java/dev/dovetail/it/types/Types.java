package dev.dovetail.it.types;

import dev.dovetail.Database;

/** Every column type, and a class entity. */
@Database(entities = {Sample.class, Gadget.class, Moment.class, Tag.class})
public interface Types {}
