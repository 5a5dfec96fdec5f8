/**
 * The benchmarks' entities as Hibernate ORM maps them: {@code @ManyToMany} with {@code @JoinTable} and batch
 * fetching, on the tables Dovetail's DDL creates.
 */
package dev.dovetail.bench.orm;
