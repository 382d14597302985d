package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficProfileTest {
  @Test
  void peak_putsItsShareInThePeakHoursFromNine() {
    TrafficProfile office = TrafficProfile.peak(8, 0.8);
    // peak hours weigh 0.8 × 16 = 12.8, the others 0.2 × 8 = 1.6; Σ = 8 × 12.8 + 16 × 1.6 = 128 = 8 × 16
    assertThat(office.total()).isEqualByComparingTo("128");
    assertThat(office.share(9)).isEqualByComparingTo("0.1");
    assertThat(office.share(16)).isEqualByComparingTo("0.1");
    assertThat(office.share(17)).isEqualByComparingTo("0.0125");
    assertThat(office.share(8)).isEqualByComparingTo("0.0125");
    assertThat(office.peakHour()).isEqualTo(9);
  }

  @Test
  void peak_wrapsPastMidnight() {
    TrafficProfile night = TrafficProfile.peak(22, 4, 1.0);
    assertThat(night.share(22)).isEqualByComparingTo("0.25");
    assertThat(night.share(1)).isEqualByComparingTo("0.25");
    assertThat(night.share(2)).isEqualByComparingTo("0");
  }

  @Test
  void hourly_takesSharesOrCountsAlike() {
    double[] counts = new double[24];
    double[] percents = new double[24];
    for (int h = 0; h < 24; h++) {
      counts[h] = 100 * (h + 1);
      percents[h] = (h + 1) * 0.5;   // the same ratios, halved
    }
    assertThat(TrafficProfile.hourly(counts)).isEqualTo(TrafficProfile.hourly(percents));
    // Σ counts = 100 × (1 + … + 24) = 30,000; hour 23 has 2,400 = 8%
    assertThat(TrafficProfile.hourly(counts).share(23)).isEqualByComparingTo(
        new BigDecimal("2400").divide(new BigDecimal("30000")));
    assertThat(TrafficProfile.flat()).isEqualTo(TrafficProfile.hourly(Collections.nCopies(24, new BigDecimal("7"))));
    assertThat(TrafficProfile.flat()).isEqualTo(TrafficProfile.peak(24, 1.0));
    assertThat(TrafficProfile.flat().hashCode())
        .isEqualTo(TrafficProfile.hourly(Collections.nCopies(24, new BigDecimal("7"))).hashCode());
  }

  @Test
  void wrongLength_isRejected() {
    assertThatThrownBy(() -> TrafficProfile.hourly(new double[23]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TrafficProfile.hourly must have 24 values (one per hour, hour 0 = 00:00–01:00 first), but had 23");
  }

  @Test
  void negativeValue_isRejected_namingTheHour() {
    double[] weights = new double[24];
    weights[0] = 1;
    weights[5] = -1;
    assertThatThrownBy(() -> TrafficProfile.hourly(weights))
        .hasMessage("TrafficProfile.hourly[5] must be >= 0, but was -1");
  }

  @Test
  void allZero_isRejected() {
    assertThatThrownBy(() -> TrafficProfile.hourly(new double[24]))
        .hasMessage("TrafficProfile.hourly must have a value > 0 in some hour, but all 24 were 0; for a day without"
            + " traffic set the workload's requests to 0 instead");
  }

  @Test
  void notFinite_isRejected() {
    double[] weights = new double[24];
    weights[3] = Double.POSITIVE_INFINITY;
    assertThatThrownBy(() -> TrafficProfile.hourly(weights))
        .hasMessage("TrafficProfile.hourly[3] must be a finite number, but was Infinity");
  }

  @Test
  void badPeaks_areRejected() {
    assertThatThrownBy(() -> TrafficProfile.peak(0, 0.5))
        .hasMessage("TrafficProfile.peakHoursPerDay must be between 1 and 24, but was 0");
    assertThatThrownBy(() -> TrafficProfile.peak(8, 1.2))
        .hasMessage("TrafficProfile.peakShare must be between 0 and 1, but was 1.2");
    assertThatThrownBy(() -> TrafficProfile.peak(24, 0.5))
        .hasMessage("TrafficProfile.peakShare must be 1 when peakHoursPerDay is 24, but was 0.5; use"
            + " TrafficProfile.flat()");
    assertThatThrownBy(() -> TrafficProfile.peak(24, 8, 0.5))
        .hasMessage("TrafficProfile.firstPeakHour must be between 0 and 23, but was 24");
    assertThatThrownBy(() -> TrafficProfile.flat().share(24))
        .hasMessage("TrafficProfile hour must be between 0 and 23, but was 24");
  }

  @Test
  void peaksAtTheEdgesOfTheDay_areAccepted_andWrapAroundMidnight() {
    // one peak hour at 00:00 with half the traffic: it weighs 0.5 × 23 = 11.5, each other hour 0.5 × 1 = 0.5,
    // out of 1 × 23 = 23 in all: hour 0 has 11.5 / 23 = 0.5 of the requests
    TrafficProfile midnight = TrafficProfile.peak(0, 1, 0.5);
    assertThat(midnight.share(0)).isEqualByComparingTo("0.5");
    assertThat(midnight.share(1)).isEqualByComparingTo(new BigDecimal("0.5").divide(new BigDecimal("23"),
        java.math.MathContext.DECIMAL128));
    // two peak hours from 23:00: hours 23 and 0
    TrafficProfile late = TrafficProfile.peak(23, 2, 1.0);
    assertThat(late.share(23)).isEqualByComparingTo("0.5");
    assertThat(late.share(0)).isEqualByComparingTo("0.5");
    assertThat(late.share(1)).isEqualByComparingTo("0");
    assertThat(TrafficProfile.peak(0, 24, 1.0)).isEqualTo(TrafficProfile.flat());
    assertThatThrownBy(() -> TrafficProfile.peak(-1, 8, 0.5))
        .hasMessage("TrafficProfile.firstPeakHour must be between 0 and 23, but was -1");
    assertThatThrownBy(() -> TrafficProfile.peak(0, 25, 1.0))
        .hasMessage("TrafficProfile.peakHoursPerDay must be between 1 and 24, but was 25");
    assertThatThrownBy(() -> TrafficProfile.flat().share(-1))
        .hasMessage("TrafficProfile hour must be between 0 and 23, but was -1");
  }

  @Test
  void profilesThatShareTheDayDifferently_areNotEqual() {
    assertThat(TrafficProfile.peak(0, 1, 0.5)).isNotEqualTo(TrafficProfile.peak(1, 1, 0.5))
        .isNotEqualTo(TrafficProfile.peak(0, 1, 0.6)).isNotEqualTo(TrafficProfile.flat()).isNotEqualTo("flat");
    assertThat(TrafficProfile.peak(0, 1, 0.5)).isEqualTo(TrafficProfile.peak(0, 1, 0.5));
  }

  @Test
  void weights_areKeptAsGiven() {
    assertThat(TrafficProfile.peak(8, 0.8).weights()).hasSize(24).first().isEqualTo(new BigDecimal("1.6"));
    assertThat(TrafficProfile.flat().toString()).startsWith("TrafficProfile[1, 1, ");
    assertThat(TrafficProfile.flat().weights()).isEqualTo(List.copyOf(Collections.nCopies(24, BigDecimal.ONE)));
  }
}
