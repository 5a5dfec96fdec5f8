/**
 * The annotations an application writes on its model ({@link dev.dovetail.Entity}, {@link dev.dovetail.Id},
 * {@link dev.dovetail.ManyToOne}, {@link dev.dovetail.ManyToMany}, {@link dev.dovetail.Database},
 * {@link dev.dovetail.Queries}, ...) and that the processor reads. They use nothing but the JDK, so that a
 * model compiles against this artifact alone; nothing here runs.
 */
package dev.dovetail;
