/**
 * The four contenders: {@link dev.dovetail.bench.contender.JdbcContender hand-written JDBC} (the floor),
 * {@link dev.dovetail.bench.contender.DovetailContender Dovetail}, {@link
 * dev.dovetail.bench.contender.JdbiContender JDBI SqlObject} and {@link
 * dev.dovetail.bench.contender.HibernateContender Hibernate ORM}, each doing the same operations on the same
 * data, written the way a user of each would write them.
 */
package dev.dovetail.bench.contender;
