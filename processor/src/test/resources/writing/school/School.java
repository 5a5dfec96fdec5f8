package com.example.school;

import dev.dovetail.Database;

@Database(entities = {Student.class, Course.class})
public interface School {}
