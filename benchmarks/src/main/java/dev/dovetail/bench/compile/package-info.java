/**
 * The processor's cost: {@link dev.dovetail.bench.compile.ModelWriter} writes a model of many entities,
 * {@link dev.dovetail.bench.compile.ProcessorCost} compiles it with and without the processor.
 */
package dev.dovetail.bench.compile;
