package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WorkloadTest {
  @Test
  void seed_requestsAndData() {
    // seed report sections 2 and 7-1: 100,000 × 40 = 4,000,000 requests; 22 KiB each ≈ 83.92 GiB
    assertThat(Fixtures.WORKLOAD.requestsPerMonth()).isEqualByComparingTo("4000000");
    assertThat(Fixtures.WORKLOAD.inferenceGibibytesPerMonth()).isEqualByComparingTo("83.92333984375");
    assertThat(Fixtures.WORKLOAD.requestGibibytesPerMonth()).isEqualByComparingTo("76.2939453125");
  }

  @Test
  void requestsPerUser_fromDouble_isExactAsWritten() {
    Workload w = Fixtures.WORKLOAD.withRequestsPerUserPerMonth(new BigDecimal("0.1"));
    assertThat(w.requestsPerMonth()).isEqualByComparingTo("10000");
    Workload fromDouble = Workload.builder().from(Fixtures.WORKLOAD).requestsPerUserPerMonth(0.1).build();
    assertThat(fromDouble.requestsPerUserPerMonth()).isEqualByComparingTo("0.1");
  }

  @Test
  void zeroUsers_isRejected() {
    assertThatThrownBy(() -> Fixtures.WORKLOAD.withUsers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Workload.users must be > 0, but was 0");
  }

  @Test
  void negativeRequests_isRejected() {
    assertThatThrownBy(() -> Workload.builder().from(Fixtures.WORKLOAD).requestsPerUserPerMonth(-1).build())
        .hasMessage("Workload.requestsPerUserPerMonth must be >= 0, but was -1");
  }

  @Test
  void nanRequests_isRejected() {
    assertThatThrownBy(() -> Workload.builder().requestsPerUserPerMonth(Double.NaN))
        .hasMessage("Workload.requestsPerUserPerMonth must be a finite number, but was NaN");
    assertThatThrownBy(() -> Workload.builder().requestsPerUserPerMonth(Double.POSITIVE_INFINITY))
        .hasMessage("Workload.requestsPerUserPerMonth must be a finite number, but was Infinity");
  }

  @Test
  void missingAttribute_isNamed() {
    assertThatThrownBy(() -> Workload.builder().users(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requestsPerUserPerMonth");
  }
}
