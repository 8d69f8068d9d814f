/**
 * JMH benchmarks for Rubric. Not an API: nothing here is meant to be called by users.
 *
 * <p>Build and run all of them with {@code mvn -B -ntp -q -pl bench -am -DskipTests package && java
 * -jar bench/target/benchmarks.jar}; each class's Javadoc gives its own command.
 */
@NullMarked
package dev.rubric.bench;

import org.jspecify.annotations.NullMarked;
