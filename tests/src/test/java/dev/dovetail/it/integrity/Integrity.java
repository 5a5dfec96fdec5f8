package dev.dovetail.it.integrity;

import dev.dovetail.Database;

/** Tables whose foreign keys restrict the deletes of the rows they refer to. */
@Database(entities = {Writer.class, Article.class, Note.class})
public interface Integrity {}
