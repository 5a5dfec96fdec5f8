/**
 * For generated code only: what the classes the processor writes call, and nothing an application should
 * call itself. Its types may change in any release, in step with the processor; the processor and this
 * runtime must therefore have the same version, which every generated database checks when loaded
 * ({@link dev.dovetail.runtime.internal.RuntimeVersion}).
 */
package dev.dovetail.runtime.internal;
