/**
 * The {@code rubric} command line: {@link dev.rubric.cli.Main} is the entry point of the executable
 * jar {@code examples/target/rubric.jar}. Exit codes: 0 ok, 1 input rejected, 2 usage; every error
 * is one line on standard error naming the file, row and column or JSON path, never a stack trace.
 *
 * <p>Nothing in this package accepts or returns {@code null}. The commands, their options, exit
 * codes and output formats are a contract that users' scripts rely on; the Java classes are not an
 * API.
 */
@NullMarked
package dev.rubric.cli;

import org.jspecify.annotations.NullMarked;
