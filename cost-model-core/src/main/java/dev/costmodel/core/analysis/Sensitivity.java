package dev.costmodel.core.analysis;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One-at-a-time sensitivity (tornado data): each input set to its low and then its high value with every
 * other input as in the base scenario, and the swing of the total between the two, largest swing first.
 *
 * <pre>{@code
 * Sensitivity tornado = Sensitivity.of(scenario, List.of(
 *     Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), new BigDecimal("1"), new BigDecimal("2")),
 *     Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"), new BigDecimal("60"))));
 * tornado.bars().get(0).input();   // the input that matters most
 * }</pre>
 */
public final class Sensitivity {
  /** An input and the low and high values to try. */
  public static final class Range {
    private final ScenarioInput input;
    private final BigDecimal low;
    private final BigDecimal high;

    private Range(ScenarioInput input, BigDecimal low, BigDecimal high) {
      this.input = Objects.requireNonNull(input, "input");
      this.low = Objects.requireNonNull(low, "low");
      this.high = Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("Sensitivity.Range of " + input.name() + " must have low <= high, but low was "
            + low.toPlainString() + " and high " + high.toPlainString());
      }
    }

    /** A range of {@code input} from {@code low} to {@code high}. */
    public static Range of(ScenarioInput input, BigDecimal low, BigDecimal high) {
      return new Range(input, low, high);
    }
  }

  /** One bar of the tornado. */
  public static final class Bar {
    private final ScenarioInput input;
    private final BigDecimal low;
    private final BigDecimal high;
    private final Money totalAtLow;
    private final Money totalAtHigh;

    Bar(ScenarioInput input, BigDecimal low, BigDecimal high, Money totalAtLow, Money totalAtHigh) {
      this.input = input;
      this.low = low;
      this.high = high;
      this.totalAtLow = totalAtLow;
      this.totalAtHigh = totalAtHigh;
    }

    /** The input. */
    public ScenarioInput input() {
      return input;
    }

    /** Its low value. */
    public BigDecimal low() {
      return low;
    }

    /** Its high value. */
    public BigDecimal high() {
      return high;
    }

    /** The total with the input at its low value. */
    public Money totalAtLow() {
      return totalAtLow;
    }

    /** The total with the input at its high value. */
    public Money totalAtHigh() {
      return totalAtHigh;
    }

    /** How far the total moves between the two: {@code |high − low|}. */
    public Money swing() {
      Money gap = totalAtHigh.minus(totalAtLow);
      return gap.isNegative() ? gap.times(-1) : gap;
    }
  }

  private final Money baseTotal;
  private final List<Bar> bars;

  private Sensitivity(Money baseTotal, List<Bar> bars) {
    this.baseTotal = baseTotal;
    this.bars = List.copyOf(bars);
  }

  /**
   * Swings each input of {@code ranges} alone around {@code base}.
   *
   * @throws IllegalArgumentException if there are no ranges
   */
  public static Sensitivity of(CostScenario base, List<Range> ranges) {
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("Sensitivity.ranges must hold at least one input range, but was empty");
    }
    List<Bar> bars = new ArrayList<>();
    for (Range range : ranges) {
      bars.add(new Bar(range.input, range.low, range.high,
          range.input.apply(base, range.low).estimate().total(),
          range.input.apply(base, range.high).estimate().total()));
    }
    bars.sort(Comparator.comparing((Bar bar) -> bar.swing().amount()).reversed());
    return new Sensitivity(base.estimate().total(), bars);
  }

  /** The base scenario's total. */
  public Money baseTotal() {
    return baseTotal;
  }

  /** The bars, largest swing first. */
  public List<Bar> bars() {
    return bars;
  }

  /** A Markdown table of the bars. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| input | low | high | total at low | total at high | swing |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (Bar bar : bars) {
      md.append("| ").append(Text.markdown(bar.input.label())).append(" | ").append(Text.number(bar.low))
          .append(" | ").append(Text.number(bar.high)).append(" | ").append(Text.amount(bar.totalAtLow))
          .append(" | ").append(Text.amount(bar.totalAtHigh)).append(" | **").append(Text.amount(bar.swing()))
          .append("** |\n");
    }
    return md.toString();
  }

  /**
   * HTML for a notebook front-end: the table of {@link #toMarkdown()}, largest swing first, input names escaped.
   *
   * <pre>{@code
   * Files.writeString(Path.of("tornado.html"), tornado.toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-sensitivity">} element, never null
   */
  public String toHtml() {
    List<List<String>> rows = new ArrayList<>();
    for (Bar bar : bars) {
      rows.add(List.of(bar.input.label(), Text.number(bar.low), Text.number(bar.high), Text.amount(bar.totalAtLow),
          Text.amount(bar.totalAtHigh), Text.amount(bar.swing())));
    }
    return Text.htmlTable("sensitivity", "Swing of the monthly total, base " + baseTotal, List.of("input", "low",
        "high", "total at low", "total at high", "swing"), rows, false, "");
  }

  /**
   * The Markdown table of {@link #toMarkdown()}, readable as plain text in a console or a notebook cell.
   *
   * <pre>{@code
   * System.out.println(tornado);
   * }</pre>
   */
  @Override
  public String toString() {
    return toMarkdown();
  }
}
