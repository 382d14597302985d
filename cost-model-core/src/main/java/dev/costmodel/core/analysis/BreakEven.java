package dev.costmodel.core.analysis;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.core.chart.SvgCharts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where two scenarios cost the same: for scenarios whose monthly totals are linear in one input (such as
 * serverless vs a real-time endpoint in requests per month), the input value at which the totals are equal,
 * solved exactly, not searched.
 *
 * <p>Each total is measured at two values of the input to find its line ({@code total = intercept + slope ×
 * x}), and at a third to check that it is a line; a total that is not linear (a tiered price crossing a
 * tier) is rejected with the input named. The crossing is {@code x = (interceptB − interceptA) ÷ (slopeA −
 * slopeB)}. When the lines never cross for {@code x ≥ 0} the answer says so, and which scenario is cheaper.
 *
 * <pre>{@code
 * BreakEven even = BreakEven.between(serverless, realtime, ScenarioInput.requestsPerMonth());
 * even.value();         // Optional[74460000]: above 74.46 M requests a month, the endpoint is cheaper
 * even.explanation();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BreakEven {
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-18");

  /** A scenario's total as a line in the input: {@code intercept + slope × x}. */
  public static final class Line {
    private final String scenario;
    private final Money intercept;
    private final Money slope;

    Line(String scenario, Money intercept, Money slope) {
      this.scenario = scenario;
      this.intercept = intercept;
      this.slope = slope;
    }

    /** The scenario's name. */
    public String scenario() {
      return scenario;
    }

    /** The total at {@code x = 0}. */
    public Money intercept() {
      return intercept;
    }

    /** How much the total grows per unit of the input. */
    public Money slope() {
      return slope;
    }

    /** The total at {@code x}. */
    public Money at(BigDecimal x) {
      return intercept.plus(slope.times(x));
    }

    @Override
    public String toString() {
      return scenario + ": " + intercept.toExactString() + " + " + slope.toExactString() + " × x";
    }
  }

  private final ScenarioInput input;
  private final Line a;
  private final Line b;
  private final BigDecimal value;

  private BreakEven(ScenarioInput input, Line a, Line b, BigDecimal value) {
    this.input = input;
    this.a = a;
    this.b = b;
    this.value = value;
  }

  /**
   * Solves for the value of {@code input} at which {@code a} and {@code b} cost the same.
   *
   * @throws IllegalArgumentException if either total is not linear in the input, or the currencies differ
   */
  public static BreakEven between(CostScenario a, CostScenario b, ScenarioInput input) {
    Objects.requireNonNull(input, "input");
    BigDecimal x1 = BigDecimal.ONE;
    BigDecimal x2 = BigDecimal.valueOf(1_000);
    BigDecimal x3 = BigDecimal.valueOf(1_000_000);
    Line lineA = line(a, input, x1, x2, x3);
    Line lineB = line(b, input, x1, x2, x3);
    if (!lineA.intercept.currency().equals(lineB.intercept.currency())) {
      throw new IllegalArgumentException("BreakEven scenarios must price in one currency, but '" + a.name() + "' is in "
          + lineA.intercept.currency() + " and '" + b.name() + "' in " + lineB.intercept.currency());
    }
    BigDecimal slopeGap = lineA.slope.amount().subtract(lineB.slope.amount());
    BigDecimal value = null;
    if (slopeGap.abs().compareTo(TOLERANCE) > 0) {
      value = lineB.intercept.amount().subtract(lineA.intercept.amount()).divide(slopeGap, Maths.CONTEXT);
    }
    if (value != null && value.signum() >= 0) {
      // the lines were measured at 1, 1,000 and 1,000,000; a tier or free allowance between there and the
      // crossing would bend a total without a word, so price both scenarios where the answer says they meet
      for (BigDecimal x : input.isWholeNumber()
          ? List.of(value.setScale(0, RoundingMode.FLOOR).max(BigDecimal.ONE), value.setScale(0, RoundingMode.CEILING))
          : List.of(value)) {
        checkOnLine(a, input, lineA, x);
        checkOnLine(b, input, lineB, x);
      }
    }
    if (value == null || value.signum() < 0) {
      checkNeverCrosses(a, b, input, lineA, lineB);
    }
    return new BreakEven(input, lineA, lineB, value);
  }

  /**
   * The lines say one scenario is cheaper for every x >= 0; a free allowance or a tier beyond the measured
   * points can make that untrue, so check the order far out, where the design still exists.
   */
  private static void checkNeverCrosses(CostScenario a, CostScenario b, ScenarioInput input, Line lineA,
      Line lineB) {
    int predicted = lineA.at(BigDecimal.ZERO).compareTo(lineB.at(BigDecimal.ZERO));
    for (BigDecimal x : List.of(new BigDecimal("1000000000"), new BigDecimal("1000000000000"))) {
      Money totalA;
      Money totalB;
      try {
        totalA = input.apply(a, x).estimate().total();
        totalB = input.apply(b, x).estimate().total();
      } catch (IllegalArgumentException | ArithmeticException e) {
        return;   // no such design that far out (a provider limit, an int count): nothing more to check
      }
      int actual = totalA.compareTo(totalB);
      boolean flipped = predicted == 0 ? actual != 0 : actual != 0 && actual != predicted;
      if (flipped) {
        String cheaper = actual < 0 ? a.name() : b.name();
        throw new IllegalArgumentException("the totals are not linear in " + input.name() + " (a tiered price"
            + " or a free allowance): measured at 1, 1,000 and 1,000,000 the lines never cross, but at "
            + Text.number(x) + " '" + cheaper + "' is cheaper (" + totalA.toExactString() + " against "
            + totalB.toExactString() + "); compare the scenarios with a Sweep instead");
      }
    }
  }

  private static void checkOnLine(CostScenario scenario, ScenarioInput input, Line line, BigDecimal x) {
    Money actual = input.apply(scenario, x).estimate().total();
    BigDecimal predicted = line.at(x).amount();
    BigDecimal scale = actual.amount().abs().max(BigDecimal.ONE);
    if (predicted.subtract(actual.amount()).abs().compareTo(scale.multiply(new BigDecimal("1e-12"))) > 0) {
      throw new IllegalArgumentException("the total of '" + scenario.name() + "' is not linear in " + input.name()
          + " up to where the lines would cross (a tiered price or a free allowance between): at "
          + Text.number(x) + " it is " + actual.toExactString() + ", the line through 1 and 1,000 gives "
          + Money.of(predicted, actual.currency()).toExactString() + "; compare the scenarios with a Sweep over that"
          + " range instead");
    }
  }

  private static Line line(CostScenario scenario, ScenarioInput input, BigDecimal x1, BigDecimal x2, BigDecimal x3) {
    Money y1 = input.apply(scenario, x1).estimate().total();
    Money y2 = input.apply(scenario, x2).estimate().total();
    Money y3 = input.apply(scenario, x3).estimate().total();
    Money slope = y2.minus(y1).dividedBy(x2.subtract(x1), Maths.CONTEXT);
    Money intercept = y1.minus(slope.times(x1));
    BigDecimal predicted = intercept.plus(slope.times(x3)).amount();
    BigDecimal scale = y3.amount().abs().max(BigDecimal.ONE);
    if (predicted.subtract(y3.amount()).abs().compareTo(scale.multiply(new BigDecimal("1e-12"))) > 0) {
      throw new IllegalArgumentException("the total of '" + scenario.name() + "' is not linear in " + input.name()
          + " (a tiered price, or a component whose cost bends): at " + x3.toPlainString() + " it is "
          + y3.toExactString() + ", a line through " + x1.toPlainString() + " and " + x2.toPlainString()
          + " gives " + Money.of(predicted, y3.currency()).toExactString() + "; compare over a narrower range with a"
          + " Sweep instead");
    }
    return new Line(scenario.name(), intercept, slope);
  }

  /** The input varied. */
  public ScenarioInput input() {
    return input;
  }

  /** The first scenario's line. */
  public Line lineA() {
    return a;
  }

  /** The second scenario's line. */
  public Line lineB() {
    return b;
  }

  /** True if the lines cross at some {@code x >= 0}. */
  public boolean crosses() {
    return value != null && value.signum() >= 0;
  }

  /** The value of the input at which both cost the same, if the lines cross at {@code x >= 0}. */
  public Optional<BigDecimal> value() {
    return crosses() ? Optional.of(value) : Optional.empty();
  }

  /** The total both scenarios reach at the crossing, if they cross. */
  public Optional<Money> totalAtCrossing() {
    return value().map(a::at);
  }

  /** What the answer means, in words, including when the lines never cross. */
  public String explanation() {
    if (value == null) {
      int cheaper = a.intercept.compareTo(b.intercept);
      if (cheaper == 0) {
        return "'" + a.scenario + "' and '" + b.scenario + "' cost the same for every " + input.name();
      }
      Line low = cheaper < 0 ? a : b;
      Line high = cheaper < 0 ? b : a;
      return "the lines never cross: both grow by " + a.slope.toExactString() + " per unit of " + input.label()
          + ", and '" + low.scenario + "' is always cheaper by " + high.intercept.minus(low.intercept);
    }
    Line cheaperAbove = a.slope.compareTo(b.slope) < 0 ? a : b;
    Line cheaperBelow = cheaperAbove == a ? b : a;
    if (value.signum() < 0) {
      return "the lines cross only at " + input.name() + " = " + Text.number(value) + ", below zero: '"
          + cheaperAbove.scenario + "' is cheaper for every " + input.name() + " >= 0";
    }
    return "'" + cheaperBelow.scenario + "' is cheaper below " + Text.number(value) + " " + input.unit() + " and '"
        + cheaperAbove.scenario + "' above; both cost " + a.at(value) + " there";
  }

  /**
   * A Markdown table of both lines ({@code total = intercept + slope × x}, exact) and the {@link #explanation()}:
   *
   * <pre>{@code
   * System.out.println(even);
   * // | scenario | total per month, x = requests per month |
   * // |---|---|
   * // | C (1) / serverless | USD 0.84… + USD 0.000004… × x |
   * // | C (1) / real-time | USD 298.68… + USD 0.0000000… × x |
   * //
   * // 'C (1) / serverless' is cheaper below 74,460,000 requests and 'C (1) / real-time' above; …
   * }</pre>
   */
  @Override
  public String toString() {
    return "| scenario | total per month, x = " + Text.markdown(input.label()) + " |\n|---|---|\n"
        + "| " + Text.markdown(a.scenario) + " | " + a.intercept.toExactString() + " + " + a.slope.toExactString()
        + " × x |\n| " + Text.markdown(b.scenario) + " | " + b.intercept.toExactString() + " + "
        + b.slope.toExactString() + " × x |\n\n" + explanation();
  }

  /**
   * HTML for a notebook front-end: both lines, the {@link #explanation()}, and the chart of
   * {@link SvgCharts#breakEven(BreakEven, BigDecimal, BigDecimal)} inline, from 0 to twice the crossing (0 to
   * 1,000,000 when the lines do not cross above 0). Call {@code SvgCharts.breakEven} for another range.
   *
   * <pre>{@code
   * Files.writeString(Path.of("break-even.html"), even.toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-break-even">} element, never null
   */
  public String toHtml() {
    BigDecimal to = value().filter(x -> x.signum() > 0).map(x -> x.multiply(BigDecimal.valueOf(2)))
        .orElse(BigDecimal.valueOf(1_000_000));
    List<List<String>> rows = List.of(
        List.of(a.scenario, a.intercept.toExactString(), a.slope.toExactString()),
        List.of(b.scenario, b.intercept.toExactString(), b.slope.toExactString()));
    return Text.htmlTable("break-even", "Break-even in " + input.label(), List.of("scenario", "total at x = 0",
        "per unit of x"), rows, false, "<p>" + Text.html(explanation()) + "</p>\n"
        + Text.inlineSvg(SvgCharts.breakEven(this, BigDecimal.ZERO, to)));
  }
}
