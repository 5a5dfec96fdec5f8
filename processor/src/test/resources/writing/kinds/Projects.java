package com.example.kinds;

import dev.dovetail.Database;

@Database(entities = {Person.class, Project.class})
public interface Projects {}
