package dev.dovetail.it.defaults;

import dev.dovetail.Database;

/** Columns with declared defaults, and an association object whose own columns all have one. */
@Database(entities = {Profile.class, Reader.class, Follow.class, Block.class})
public interface Defaults {}
