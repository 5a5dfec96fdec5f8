/**
 * Start-up: the time from launching a JVM to the first query returning a row, one small main per contender,
 * run as separate processes by {@link dev.dovetail.bench.startup.StartupHarness}.
 */
package dev.dovetail.bench.startup;
