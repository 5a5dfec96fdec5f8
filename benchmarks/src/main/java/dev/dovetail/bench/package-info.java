/**
 * JMH benchmarks of Dovetail against hand-written JDBC, JDBI SqlObject and Hibernate ORM, on H2 in process
 * and on PostgreSQL: {@link dev.dovetail.bench.Workloads} (the operations), {@link dev.dovetail.bench.Fixture}
 * (the data), {@link dev.dovetail.bench.Target} (the database), {@code contender} (the four ways of doing each
 * operation). Run with {@code java -jar benchmarks/target/benchmarks.jar}; see the README's Performance section.
 */
package dev.dovetail.bench;
