/**
 * The JDBI SqlObject contender's interfaces: hand-written SQL, constructor mappers into the same records
 * Dovetail returns, used through {@code Jdbi.onDemand} as JDBI's guide shows.
 */
package dev.dovetail.bench.jdbi;
