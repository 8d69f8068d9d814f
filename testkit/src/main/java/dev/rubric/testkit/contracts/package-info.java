/**
 * Contract suites for the scoring module's strategy interfaces: point one at your own strategy and
 * it checks, with the testkit's property engine, the laws every implementation must obey.
 *
 * <pre>{@code
 * AggregatorContract.of(myAggregator).monotone().check();
 * ScoringStrategyContract.of(myStrategy).check();
 * BreadthDepthContract.of(myBreadthDepth).check();
 * ConsensusContract.of(myConsensus).check();
 * DecisionPolicyContract.of(myPolicy).check();
 * }</pre>
 *
 * <p>{@code check()} runs every law of the suite (each with its own generated inputs, 200 tries by
 * default and a seed derived from the suite, the strategy's name and the law) and throws one {@link
 * java.lang.AssertionError} naming every law that failed, each with its seed and its shrunk and
 * original counterexamples. {@code check(law)} runs one law (one JUnit test per law, if you like);
 * {@code laws()} lists their names.
 *
 * <p>Every public type here is immutable and thread-safe; nothing accepts or returns {@code null}.
 * Beta: law names are stable, new laws may be added.
 */
@NullMarked
package dev.rubric.testkit.contracts;

import org.jspecify.annotations.NullMarked;
