package dev.costmodel.api;

import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * A line's formula text, written the first time it is read: an estimate that is only summed (a sweep, a
 * Monte Carlo's exact path, a budget check) never formats a number. Two formulas are equal when their texts
 * are. Thread-safe: threads that race to write it write the same text, and every thread reads one of them.
 */
final class Formula {
  private final Supplier<String> writer;
  private volatile @Nullable String text;

  private Formula(Supplier<String> writer, @Nullable String text) {
    this.writer = writer;
    this.text = text;
  }

  static Formula of(String text) {
    Objects.requireNonNull(text, "formula");
    return new Formula(() -> text, text);
  }

  static Formula writtenBy(Supplier<String> writer) {
    return new Formula(Objects.requireNonNull(writer, "formula"), null);
  }

  @Override
  public String toString() {
    String written = text;
    if (written == null) {
      written = Objects.requireNonNull(writer.get(), "formula");
      text = written;
    }
    return written;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Formula && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
