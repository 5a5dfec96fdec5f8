/** Turns a JMH run's CSV into the README's table of ratios to hand-written JDBC. */
package dev.dovetail.bench.report;
