/**
 * Typed filters: the columns of each entity's generated metamodel ({@code Post_.TIMESTAMP},
 * {@code User_.USERNAME}), the {@link dev.dovetail.filter.Condition}s they make and the
 * {@link dev.dovetail.filter.Ordering}s they sort by, for the {@code where} and {@code orderBy} of every
 * relationship handle and of {@code dao.query()}:
 *
 * <pre>{@code
 * db.users().followed(ada)
 *     .where(User_.USERNAME.startsWith("a").or(User_.ID.in(1L, 2L)))
 *     .orderBy(User_.USERNAME.asc())
 *     .all();
 * }</pre>
 *
 * <p>Each value is bound as a parameter of the column's type; a condition is rendered against the alias its
 * table has in the statement ({@code t} for the entities returned, {@code j} for the association table of a
 * many-to-many relationship), and naming a column of a table the statement does not read is an
 * {@link java.lang.IllegalArgumentException}.
 */
package dev.dovetail.filter;
