/**
 * What an application calls: the generated database's base {@link dev.dovetail.runtime.DovetailDatabase}
 * (schema creation, transactions), the DAOs' base {@link dev.dovetail.runtime.EntityDao}, the relationship
 * handles ({@link dev.dovetail.runtime.OneToManyHandle}, {@link dev.dovetail.runtime.ManyToManyHandle}), the
 * queries they return, and the exceptions ({@link dev.dovetail.runtime.DovetailException},
 * {@link dev.dovetail.runtime.ConstraintViolationException}).
 *
 * <p>What the generated classes call and an application does not (the mapping, the relationship specs, the
 * declared statements, the DAO context, the statement builders) is in {@link dev.dovetail.runtime.internal}.
 *
 * <p>This package uses JDBI, the JDK, {@link dev.dovetail.schema}, {@link dev.dovetail.dialect} and
 * {@link dev.dovetail.filter}; never the migration engine ({@code dev.dovetail.migrate}), which depends on it.
 */
package dev.dovetail.runtime;
