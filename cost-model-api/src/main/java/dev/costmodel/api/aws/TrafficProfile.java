package dev.costmodel.api.aws;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How a day's requests spread over its 24 hours: one weight per hour, from hour 0 (00:00–01:00) to hour 23.
 * Weights are shares or absolute counts alike: only their ratios matter, so hour {@code h} receives
 * {@code weight(h) ÷ Σ weights} of the day's requests.
 *
 * <p>An {@link AutoscaledRealtimeInference} scales the workload's requests per month to a day (a month is
 * 730 h ÷ 24 = 30.4167 days) and spreads each day by this profile, hour by hour. Weights are exact
 * ({@code BigDecimal.valueOf(double)}), never negative, and not all zero.
 *
 * <pre>{@code
 * TrafficProfile office = TrafficProfile.peak(8, 0.8);     // 80% of the requests in 8 hours from 09:00
 * TrafficProfile flat = TrafficProfile.flat();             // 1/24 in every hour
 * TrafficProfile measured = TrafficProfile.hourly(         // requests counted per hour on a typical day
 *     120, 80, 60, 50, 50, 70, 200, 600, 1500, 2200, 2400, 2500,
 *     2600, 2500, 2300, 2100, 1900, 1500, 1000, 700, 500, 300, 200, 150);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TrafficProfile {
  /** Hours in a profile's day: 24. */
  public static final int HOURS = 24;
  /** The first peak hour of {@link #peak(int, double)}: 9 (09:00, the start of an office day). */
  public static final int DEFAULT_FIRST_PEAK_HOUR = 9;

  private static final TrafficProfile FLAT = new TrafficProfile(Collections.nCopies(HOURS, BigDecimal.ONE));

  private final List<BigDecimal> weights;
  private final BigDecimal total;

  private TrafficProfile(List<BigDecimal> weights) {
    this.weights = List.copyOf(weights);
    this.total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The same traffic in every hour: 1/24 of the day's requests each. */
  public static TrafficProfile flat() {
    return FLAT;
  }

  /**
   * A profile from 24 hourly weights (shares, percentages or request counts), hour 0 first.
   *
   * @throws IllegalArgumentException if there are not 24 weights, one is negative or not finite, or all are 0
   */
  public static TrafficProfile hourly(double... weights) {
    Objects.requireNonNull(weights, "weights");
    List<BigDecimal> exact = new ArrayList<>(weights.length);
    for (int h = 0; h < weights.length; h++) {
      exact.add(Checks.finite("TrafficProfile.hourly[" + h + "]", weights[h]));
    }
    return hourly(exact);
  }

  /**
   * A profile from 24 exact hourly weights, hour 0 first.
   *
   * @throws IllegalArgumentException if there are not 24 weights, one is negative, or all are 0
   */
  public static TrafficProfile hourly(List<BigDecimal> weights) {
    if (weights.size() != HOURS) {
      throw new IllegalArgumentException("TrafficProfile.hourly must have " + HOURS + " values (one per hour,"
          + " hour 0 = 00:00–01:00 first), but had " + weights.size());
    }
    for (int h = 0; h < HOURS; h++) {
      Checks.nonNegative("TrafficProfile.hourly[" + h + "]", Objects.requireNonNull(weights.get(h), "weight"));
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalArgumentException("TrafficProfile.hourly must have a value > 0 in some hour, but all 24"
          + " were 0; for a day without traffic set the workload's requests to 0 instead");
    }
    return new TrafficProfile(weights);
  }

  /**
   * A day with {@code peakShare} of its requests spread evenly over {@code peakHoursPerDay} hours from 09:00
   * ({@link #DEFAULT_FIRST_PEAK_HOUR}), and the rest spread evenly over the other hours.
   *
   * @throws IllegalArgumentException if {@code peakHoursPerDay} is not 1 to 24 or {@code peakShare} is not 0 to
   *     1 (and 1 when the peak is all 24 hours)
   */
  public static TrafficProfile peak(int peakHoursPerDay, double peakShare) {
    return peak(DEFAULT_FIRST_PEAK_HOUR, peakHoursPerDay, peakShare);
  }

  /**
   * A day with {@code peakShare} of its requests spread evenly over {@code peakHoursPerDay} hours from hour
   * {@code firstPeakHour} (wrapping past midnight), and the rest spread evenly over the other hours.
   *
   * <p>Weights are exact: a peak hour weighs {@code peakShare × (24 − n)} and an off-peak hour
   * {@code (1 − peakShare) × n}, for {@code n} peak hours; they add up to {@code n × (24 − n)}.
   *
   * @throws IllegalArgumentException if {@code firstPeakHour} is not 0 to 23, {@code peakHoursPerDay} not 1 to
   *     24, or {@code peakShare} not 0 to 1 (and 1 when the peak is all 24 hours)
   */
  public static TrafficProfile peak(int firstPeakHour, int peakHoursPerDay, double peakShare) {
    if (firstPeakHour < 0 || firstPeakHour >= HOURS) {
      throw new IllegalArgumentException("TrafficProfile.firstPeakHour must be between 0 and 23, but was "
          + firstPeakHour);
    }
    if (peakHoursPerDay < 1 || peakHoursPerDay > HOURS) {
      throw new IllegalArgumentException("TrafficProfile.peakHoursPerDay must be between 1 and 24, but was "
          + peakHoursPerDay);
    }
    BigDecimal share = Checks.fraction("TrafficProfile.peakShare",
        Checks.finite("TrafficProfile.peakShare", peakShare));
    if (peakHoursPerDay == HOURS) {
      if (share.compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException("TrafficProfile.peakShare must be 1 when peakHoursPerDay is 24, but was "
            + Formats.plain(share) + "; use TrafficProfile.flat()");
      }
      return FLAT;
    }
    BigDecimal peakWeight = share.multiply(BigDecimal.valueOf(HOURS - peakHoursPerDay));
    BigDecimal offPeakWeight = BigDecimal.ONE.subtract(share).multiply(BigDecimal.valueOf(peakHoursPerDay));
    List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(HOURS, offPeakWeight));
    for (int i = 0; i < peakHoursPerDay; i++) {
      weights.set((firstPeakHour + i) % HOURS, peakWeight);
    }
    return new TrafficProfile(weights);
  }

  /** The 24 weights as given, hour 0 first; never null. */
  public List<BigDecimal> weights() {
    return weights;
  }

  /** The share of the day's requests that arrive in {@code hour} (0 to 23): {@code weight ÷ Σ weights}. */
  public BigDecimal share(int hour) {
    if (hour < 0 || hour >= HOURS) {
      throw new IllegalArgumentException("TrafficProfile hour must be between 0 and 23, but was " + hour);
    }
    return weights.get(hour).divide(total, Maths.CONTEXT);
  }

  /** The sum of the weights: what a weight is a share of. */
  public BigDecimal total() {
    return total;
  }

  /** The first hour with the largest weight. */
  public int peakHour() {
    int peak = 0;
    for (int h = 1; h < HOURS; h++) {
      if (weights.get(h).compareTo(weights.get(peak)) > 0) {
        peak = h;
      }
    }
    return peak;
  }

  /** Two profiles are equal if they give every hour the same share. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TrafficProfile)) {
      return false;
    }
    TrafficProfile that = (TrafficProfile) other;
    for (int h = 0; h < HOURS; h++) {
      if (weights.get(h).multiply(that.total).compareTo(that.weights.get(h).multiply(total)) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (int h = 0; h < HOURS; h++) {
      hash = 31 * hash + share(h).stripTrailingZeros().hashCode();
    }
    return hash;
  }

  /** {@code TrafficProfile[1, 1, …]}: the weights, hour 0 first. */
  @Override
  public String toString() {
    List<String> text = new ArrayList<>();
    weights.forEach(w -> text.add(Formats.plain(w)));
    return "TrafficProfile" + text;
  }
}
