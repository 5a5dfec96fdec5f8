package dev.dovetail.it.school;

import dev.dovetail.Database;

/** Students and classes. */
@Database(entities = {Student.class, Course.class})
public interface School {}
