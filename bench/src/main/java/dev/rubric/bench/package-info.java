/**
 * JMH benchmarks for Rubric. Not an API: nothing here is meant to be called by users.
 *
 * <p>Build, run all of them and rewrite {@code bench/RESULTS.md} with {@code bench/run.sh}; each
 * class's Javadoc gives its own command for the jar {@code bench/target/benchmarks.jar} (built by
 * {@code mvn -B -ntp -q -pl bench -am -DskipTests package}).
 */
@NullMarked
package dev.rubric.bench;

import org.jspecify.annotations.NullMarked;
