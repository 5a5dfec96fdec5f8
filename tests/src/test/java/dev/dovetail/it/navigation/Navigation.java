package dev.dovetail.it.navigation;

import dev.dovetail.Database;

/** Declared orders, windows, association columns and handles by id. */
@Database(entities = {Pupil.class, Lesson.class, Fan.class, Editor.class, Mailbox.class, Badge.class})
public interface Navigation {}
