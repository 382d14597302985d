package dev.costmodel.assertj;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link MonthlyEstimate}: its total against a budget, its subtotals, one of its lines, its
 * findings, and another design's estimate. Get one from {@link CostAssertions#assertThat(MonthlyEstimate)}.
 *
 * <p>Amounts compare exactly (the full-precision total, not the rounded one), and never across currencies:
 * an estimate in JPY against a budget in USD is a failure that says to convert. A failed budget lists the
 * estimate's largest lines, largest first, with their formulas:
 *
 * <pre>{@code
 * assertThat(SeedScenarios.realtime(Pattern.B).estimate()).totalIsAtMost(Money.usd(300));
 * // expected total of 'B (G=200) / real-time' <= USD 300.00 but was USD 350.91 (over by USD 50.91); largest lines:
 * // 1. real-time endpoint (2 × ml.c5.xlarge): 2 instances × 730 h = 1,460 instance-hours × … = USD 297.84
 * // 2. train (Training, ml.m5.xlarge): 200 models × 1.2 runs × 0.5 h = … = USD 27.60
 * // …
 * }</pre>
 *
 * <p>Not thread-safe, like every AssertJ assert; use one per assertion.
 */
public final class MonthlyEstimateAssert extends AbstractAssert<MonthlyEstimateAssert, MonthlyEstimate> {
  MonthlyEstimateAssert(MonthlyEstimate actual) {
    super(actual, MonthlyEstimateAssert.class);
  }

  /**
   * Verifies that the monthly total is at most {@code budget} ({@code <=}, exactly).
   *
   * <pre>{@code
   * assertThat(estimate).totalIsAtMost(Money.usd(500));
   * }</pre>
   *
   * @param budget the most the design may cost a month, in the estimate's currency
   * @return this assert, for chaining
   * @throws AssertionError if the total is above the budget (listing the largest lines) or in another currency
   */
  public MonthlyEstimateAssert totalIsAtMost(Money budget) {
    total().isAtMost(budget);
    return this;
  }

  /**
   * Verifies that the monthly total is below {@code bound} ({@code <}, exactly).
   *
   * <pre>{@code
   * assertThat(estimate).totalIsLessThan(Money.usd(100));
   * }</pre>
   *
   * @param bound an amount the total must stay below, in the estimate's currency
   * @return this assert, for chaining
   * @throws AssertionError if the total is the bound or above (listing the largest lines), or in another currency
   */
  public MonthlyEstimateAssert totalIsLessThan(Money bound) {
    total().isLessThan(bound);
    return this;
  }

  /**
   * Verifies that the monthly total is between {@code low} and {@code high}, both included, exactly: a design
   * that suddenly costs far less than expected has probably lost a component.
   *
   * <pre>{@code
   * assertThat(estimate).totalIsBetween(Money.usd(50), Money.usd(100));
   * }</pre>
   *
   * @param low the least the total may be
   * @param high the most the total may be
   * @return this assert, for chaining
   * @throws IllegalArgumentException if {@code low} is above {@code high} or they are in different currencies
   * @throws AssertionError if the total is outside the range (listing the largest lines) or in another currency
   */
  public MonthlyEstimateAssert totalIsBetween(Money low, Money high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (!low.currency().equals(high.currency())) {
      throw new IllegalArgumentException("totalIsBetween low and high must be in one currency, but low was " + low
          + " and high " + high);
    }
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("totalIsBetween low must be <= high, but low was " + low + " and high "
          + high + ": swap them");
    }
    isNotNull();
    String mismatch = Messages.currencyMismatch(totalName(), actual.total(), low);
    if (mismatch != null) {
      failWithMessage("%s", mismatch);
    }
    Money total = actual.total();
    if (total.compareTo(low) < 0 || total.compareTo(high) > 0) {
      Money bound = total.compareTo(low) < 0 ? low : high;
      failWithMessage("%s", "expected " + totalName() + " between " + low + " and " + high + " but was "
          + Messages.amount(total, bound) + " " + Messages.offBy(total, bound)
          + Messages.largestLines(actual.lineItems()));
    }
    return this;
  }

  /**
   * Returns an assert on the exact monthly total; its failures list the largest lines.
   *
   * <pre>{@code
   * assertThat(estimate).total().rounded().isEqualTo(Money.usd("69.07"));
   * }</pre>
   *
   * @return a new assert on {@link MonthlyEstimate#total()}, never null
   */
  public MoneyAssert total() {
    isNotNull();
    return new MoneyAssert(actual.total(), totalName(), actual.lineItems()).as(info.description());
  }

  /**
   * Returns an assert on the subtotal of one category (zero when the estimate has no line of it); its failures
   * list that category's largest lines.
   *
   * <pre>{@code
   * assertThat(estimate).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(300));
   * }</pre>
   *
   * @param category the category
   * @return a new assert on {@link MonthlyEstimate#subtotal(CostCategory)}, never null
   */
  public MoneyAssert subtotal(CostCategory category) {
    Objects.requireNonNull(category, "category");
    isNotNull();
    List<LineItem> lines = actual.lineItems().stream().filter(line -> line.category() == category).toList();
    return new MoneyAssert(actual.subtotal(category),
        category.label() + " subtotal of '" + actual.scenarioName() + "'", lines).as(info.description());
  }

  /**
   * Returns an assert on the one line whose description is {@code descriptionOrStepName}, or starts with it
   * and a parenthesis: {@code "train"} finds {@code train (Training, ml.m5.xlarge)}.
   *
   * <pre>{@code
   * assertThat(estimate).lineItem("train").costIsAtMost(Money.usd(30));
   * }</pre>
   *
   * @param descriptionOrStepName a line's full description, or its first word such as a retrain step's name
   * @return a new assert on the line, never null
   * @throws AssertionError if no line or more than one line matches, listing the lines
   */
  public LineItemAssert lineItem(String descriptionOrStepName) {
    Objects.requireNonNull(descriptionOrStepName, "descriptionOrStepName");
    isNotNull();
    List<LineItem> matches = actual.lineItems().stream()
        .filter(line -> line.description().equals(descriptionOrStepName)).toList();
    if (matches.isEmpty()) {
      matches = actual.lineItems().stream()
          .filter(line -> line.description().startsWith(descriptionOrStepName + " (")).toList();
    }
    if (matches.size() != 1) {
      List<LineItem> shown = matches.isEmpty() ? actual.lineItems() : matches;
      failWithMessage("%s", "expected '" + actual.scenarioName() + "' to have one line '" + descriptionOrStepName
          + "' but " + (matches.isEmpty() ? "it has none" : matches.size() + " lines match") + "; "
          + (matches.isEmpty() ? "its lines are: " : "they are: ")
          + shown.stream().map(line -> "'" + line.description() + "'").collect(Collectors.joining(", "))
          + "; name a line by its full description or a step's name");
    }
    return new LineItemAssert(matches.get(0), actual.scenarioName()).as(info.description());
  }

  /**
   * Verifies that the estimate has no findings.
   *
   * <pre>{@code
   * assertThat(estimate).hasNoFindings();
   * }</pre>
   *
   * @return this assert, for chaining
   * @throws AssertionError if it has any, listing them
   */
  public MonthlyEstimateAssert hasNoFindings() {
    return onlyAllowed(List.of());
  }

  /**
   * Verifies that the estimate has no findings but those with the given codes (which it need not have).
   *
   * <pre>{@code
   * assertThat(estimate).hasNoFindingsExcept(FindingCode.SERVERLESS_MANY_MODELS);
   * }</pre>
   *
   * @param allowed the codes a finding may have; none is {@link #hasNoFindings()}
   * @return this assert, for chaining
   * @throws AssertionError if it has another finding, listing those findings and how to allow them
   */
  public MonthlyEstimateAssert hasNoFindingsExcept(FindingCode... allowed) {
    return onlyAllowed(Arrays.stream(allowed).map(FindingCode::id).toList());
  }

  /**
   * Verifies that the estimate has no findings but those with the given codes, for codes of your own
   * components ({@code "my-queue-unbounded"}) as well as the bundled ones' ids.
   *
   * <pre>{@code
   * assertThat(estimate).hasNoFindingsExcept("my-queue-unbounded", "single-instance-endpoint");
   * }</pre>
   *
   * @param allowed the codes a finding may have
   * @return this assert, for chaining
   * @throws AssertionError if it has another finding, listing those findings and how to allow them
   */
  public MonthlyEstimateAssert hasNoFindingsExcept(String... allowed) {
    return onlyAllowed(List.of(allowed));
  }

  /**
   * Verifies that the estimate has a finding with the given code.
   *
   * <pre>{@code
   * assertThat(singleInstance.estimate()).hasFinding(FindingCode.SINGLE_INSTANCE_ENDPOINT);
   * }</pre>
   *
   * @param code the code expected
   * @return this assert, for chaining
   * @throws AssertionError if it has none, listing the codes it has
   */
  public MonthlyEstimateAssert hasFinding(FindingCode code) {
    return hasFinding(code.id());
  }

  /**
   * Verifies that the estimate has a finding with the given code, such as a code of your own component.
   *
   * <pre>{@code
   * assertThat(estimate).hasFinding("my-queue-unbounded");
   * }</pre>
   *
   * @param code the code expected
   * @return this assert, for chaining
   * @throws AssertionError if it has none, listing the codes it has
   */
  public MonthlyEstimateAssert hasFinding(String code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    if (actual.findings().stream().noneMatch(finding -> finding.code().equals(code))) {
      failWithMessage("%s", "expected '" + actual.scenarioName() + "' to have the finding " + code + " but "
          + (actual.findings().isEmpty() ? "it has no findings"
              : "its findings are: " + actual.findings().stream().map(Finding::code).collect(Collectors.joining(", "))));
    }
    return this;
  }

  /**
   * Verifies that this design costs less a month than {@code other} (exactly, strictly).
   *
   * <pre>{@code
   * assertThat(serverless.estimate()).isCheaperThan(realtime.estimate());
   * }</pre>
   *
   * @param other the estimate of the design to beat
   * @return this assert, for chaining
   * @throws AssertionError if it costs as much or more (listing the categories that differ most), or the
   *     estimates are in different currencies
   */
  public MonthlyEstimateAssert isCheaperThan(MonthlyEstimate other) {
    Objects.requireNonNull(other, "other");
    isNotNull();
    Money total = actual.total();
    Money theirs = other.total();
    if (!total.currency().equals(theirs.currency())) {
      failWithMessage("%s", "cannot compare '" + actual.scenarioName() + "' in " + total.currency().getCurrencyCode()
          + " with '" + other.scenarioName() + "' in " + theirs.currency().getCurrencyCode()
          + ": convert one with MonthlyEstimate.convertedTo(currency, rate) first");
    }
    if (total.compareTo(theirs) >= 0) {
      String how = total.compareTo(theirs) == 0 ? "both cost " + total
          : "it costs " + Messages.difference(total.minus(theirs)) + " more";
      boolean same = total.compareTo(theirs) == 0;
      failWithMessage("%s", "expected '" + actual.scenarioName() + "' (" + (same ? total : Messages.amount(total, theirs))
          + ") to be cheaper than '" + other.scenarioName() + "' (" + (same ? theirs : Messages.amount(theirs, total))
          + ") but " + how
          + differences(other));
    }
    return this;
  }

  private String differences(MonthlyEstimate other) {
    Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
    categories.addAll(actual.subtotals().keySet());
    categories.addAll(other.subtotals().keySet());
    List<CostCategory> differing = new ArrayList<>();
    for (CostCategory category : categories) {
      if (actual.subtotal(category).compareTo(other.subtotal(category)) != 0) {
        differing.add(category);
      }
    }
    if (differing.isEmpty()) {
      return "";
    }
    differing.sort(Comparator.comparing((CostCategory category) ->
        actual.subtotal(category).minus(other.subtotal(category)).amount().abs()).reversed());
    StringBuilder text = new StringBuilder("; by category, largest difference first:");
    for (CostCategory category : differing) {
      Money ours = actual.subtotal(category);
      Money theirs = other.subtotal(category);
      Money gap = ours.minus(theirs);
      text.append('\n').append(category.label()).append(' ').append(ours).append(" vs ").append(theirs).append(" (")
          .append(gap.isNegative() ? "-" + Messages.difference(theirs.minus(ours)) : "+" + Messages.difference(gap))
          .append(')');
    }
    return text.toString();
  }

  private MonthlyEstimateAssert onlyAllowed(List<String> allowed) {
    isNotNull();
    List<Finding> others = actual.findings().stream().filter(finding -> !allowed.contains(finding.code())).toList();
    if (!others.isEmpty()) {
      StringBuilder text = new StringBuilder("expected '").append(actual.scenarioName()).append("' to have no findings")
          .append(allowed.isEmpty() ? "" : " except " + String.join(", ", allowed)).append(" but it has:");
      for (Finding finding : others) {
        text.append("\n- ").append(finding);
      }
      text.append("\nchange the design, or allow ").append(others.size() == 1 ? "it" : "them")
          .append(" with hasNoFindingsExcept(")
          .append(allowing(others.stream().map(Finding::code).distinct().toList())).append(')');
      failWithMessage("%s", text.toString());
    }
    return this;
  }

  /** The arguments that allow {@code codes}: {@code FindingCode.X} constants, or quoted ids if one is your own. */
  private static String allowing(List<String> codes) {
    List<String> constants = new ArrayList<>();
    for (String code : codes) {
      Arrays.stream(FindingCode.values()).filter(known -> known.id().equals(code)).findFirst()
          .ifPresent(known -> constants.add("FindingCode." + known.name()));
    }
    return constants.size() == codes.size() ? String.join(", ", constants)
        : codes.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(", "));
  }

  private String totalName() {
    return "total of '" + actual.scenarioName() + "'";
  }
}
