package dev.dovetail.bench.model;

import dev.dovetail.Database;

/**
 * The benchmarks' schema: the school (students, classes, registrations) and the microblog (users, follows,
 * posts) in one database. Generates {@code BenchDb}, whose DDL creates the tables every contender uses.
 */
@Database(entities = {Student.class, Course.class, User.class, Post.class})
public interface Bench {}
