/**
 * The entities of the benchmarks as Dovetail declares them; the processor writes {@code BenchDb} and a DAO
 * per entity from them. Their DDL is the schema every contender runs on.
 */
package dev.dovetail.bench.model;
