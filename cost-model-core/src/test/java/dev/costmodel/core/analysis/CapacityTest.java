package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapacityTest {
  @Test
  void saturation_isInstancesTimesThroughputTimesSecondsInTheMonth() {
    // 2 instances × 50 rps × 730 h × 3,600 s = 262,800,000 requests a month
    assertThat(Capacity.saturationRequestsPerMonth(SeedFixtures.REALTIME, new BigDecimal("50")))
        .isEqualByComparingTo("262800000");
  }

  @Test
  void instancesNeeded_coversThePeak() {
    // 4,000,000 requests / 2,628,000 s = 1.52 rps on average; × 10 at peak = 15.2 rps; 5 rps each -> 4
    assertThat(Capacity.instancesNeeded(SeedFixtures.WORKLOAD, new BigDecimal("5"), new BigDecimal("10")))
        .isEqualTo(4);
    assertThat(Capacity.instancesNeeded(SeedFixtures.WORKLOAD, new BigDecimal("500"), BigDecimal.ONE)).isEqualTo(1);
  }

  @Test
  void badThroughput_isRejected() {
    assertThatThrownBy(() -> Capacity.saturationRequestsPerMonth(SeedFixtures.REALTIME, BigDecimal.ZERO))
        .hasMessage("Capacity perInstanceRequestsPerSecond must be > 0, but was 0");
    assertThatThrownBy(() -> Capacity.instancesNeeded(SeedFixtures.WORKLOAD, BigDecimal.ONE, new BigDecimal("0.5")))
        .hasMessage("Capacity peakToAverage must be >= 1, but was 0.5");
  }
}
