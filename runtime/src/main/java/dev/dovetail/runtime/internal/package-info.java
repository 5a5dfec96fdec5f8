/**
 * For generated code only: what the classes the processor writes call, and nothing an application should
 * call itself — the entity mapping nested in each generated DAO, the relationship specifications, the declared
 * queries and updates, the DAO context that holds the connection source and the dialect, and the statement
 * builders behind {@link dev.dovetail.runtime.EntityDao} and the relationship handles. Its classes are public
 * only because generated code in the application's packages and the API in {@link dev.dovetail.runtime} call
 * them. Its types may change in any release, in step with the processor; the processor and this
 * runtime must therefore have the same version, which every generated database checks when loaded
 * ({@link dev.dovetail.runtime.internal.RuntimeVersion}).
 */
package dev.dovetail.runtime.internal;
