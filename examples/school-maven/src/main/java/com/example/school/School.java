package com.example.school;

import dev.dovetail.Database;

/** The school's database: Dovetail generates SchoolDb from it. */
@Database(entities = {Student.class, Course.class})
public interface School {}
