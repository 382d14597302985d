package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every constraint is optional; the ones given are kept as given, and bad values are refused with the fix. */
class ConstraintsTest {
  @Test
  void none_constrainsNothing() {
    Constraints none = Constraints.none();
    assertThat(none.budget()).isEmpty();
    assertThat(none.latencyP95AtMost()).isEmpty();
    assertThat(none.required()).isEmpty();
    assertThat(none.retrainDeadline()).isEmpty();
    assertThat(none.retrainQuota()).isEmpty();
    assertThat(none.rejectedFindings()).isEmpty();
  }

  @Test
  void theSmallestValidValues_areAccepted() {
    Constraints c = Constraints.builder().budget(Money.usd(0)).latencyP95AtMost(Duration.ofNanos(1))
        .retrainWithin(Duration.ofNanos(1), 1).build();
    assertThat(c.budget()).hasValue(Money.usd(0));
    assertThat(c.latencyP95AtMost()).hasValue(Duration.ofNanos(1));
    assertThat(c.retrainDeadline()).hasValue(Duration.ofNanos(1));
    assertThat(c.retrainQuota()).hasValue(1);
  }

  @Test
  void features_andFindings_accumulate() {
    Constraints c = Constraints.builder().require(Feature.GPU).require(Feature.VPC, Feature.GPU)
        .rejectFindings(FindingCode.SINGLE_INSTANCE_ENDPOINT).rejectFindings(FindingCode.SERVERLESS_MANY_MODELS)
        .build();
    assertThat(c.required()).containsExactlyInAnyOrder(Feature.GPU, Feature.VPC);
    assertThat(c.rejectedFindings()).containsExactly("single-instance-endpoint", "serverless-many-models");
    assertThatThrownBy(() -> c.required().add(Feature.MODEL_MONITOR)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badValues_areRefused_sayingWhatWasGiven() {
    assertThatThrownBy(() -> Constraints.builder().budget(Money.usd("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Constraints.budget must be >= 0, but was USD -0.01");
    assertThatThrownBy(() -> Constraints.builder().latencyP95AtMost(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Constraints.latencyP95AtMost must be > 0 s, but was PT0S");
    assertThatThrownBy(() -> Constraints.builder().latencyP95AtMost(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Constraints.latencyP95AtMost must be > 0 s, but was PT-0.005S");
    assertThatThrownBy(() -> Constraints.builder().retrainWithin(Duration.ZERO, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Constraints.retrainWithin deadline must be > 0 s, but was PT0S");
    assertThatThrownBy(() -> Constraints.builder().retrainWithin(Duration.ofHours(-1), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Constraints.retrainWithin deadline must be > 0 s, but was PT-1H");
  }
}
