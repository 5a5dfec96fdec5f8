/**
 * What an application calls: the generated database's base {@link dev.dovetail.runtime.DovetailDatabase}
 * (schema creation, transactions), the DAOs' base {@link dev.dovetail.runtime.EntityDao}, the relationship
 * handles ({@link dev.dovetail.runtime.OneToManyHandle}, {@link dev.dovetail.runtime.ManyToManyHandle}), the
 * queries they return, and the exceptions ({@link dev.dovetail.runtime.DovetailException},
 * {@link dev.dovetail.runtime.ConstraintViolationException}).
 *
 * <p>Some public types here are <b>for generated code only</b> and say so in their Javadoc (the mapping, the
 * relationship specs, the declared statements, the DAO context): they are public because generated code in the
 * application's packages calls them, not for applications. What is written for generated code alone from now
 * on goes to {@link dev.dovetail.runtime.internal}.
 *
 * <p>This package uses JDBI, the JDK, {@link dev.dovetail.schema}, {@link dev.dovetail.dialect} and
 * {@link dev.dovetail.filter}; never the migration engine ({@code dev.dovetail.migrate}), which depends on it.
 */
package dev.dovetail.runtime;
