package dev.dovetail.sample.school;

import dev.dovetail.Database;

/** The school schema: students, classes and the registrations between them. Generates {@code SchoolDb}. */
@Database(entities = {Student.class, Course.class})
public interface School {}
