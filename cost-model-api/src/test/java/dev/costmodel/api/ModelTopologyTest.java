package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelTopologyTest {
  @Test
  void modelCount_perPattern() {
    // seed report section 1: A = users, B = G, C = 1
    assertThat(ModelTopology.perUser().modelCount(Fixtures.WORKLOAD)).isEqualTo(100_000);
    assertThat(ModelTopology.perGroup(200).modelCount(Fixtures.WORKLOAD)).isEqualTo(200);
    assertThat(ModelTopology.shared().modelCount(Fixtures.WORKLOAD)).isEqualTo(1);
  }

  @Test
  void toString_isTheFactoryCall() {
    assertThat(ModelTopology.perGroup(200)).hasToString("perGroup(200)");
    assertThat(ModelTopology.perUser()).hasToString("perUser()");
    assertThat(ModelTopology.shared()).hasToString("shared()");
  }

  @Test
  void perGroup_zero_isRejected() {
    assertThatThrownBy(() -> ModelTopology.perGroup(0))
        .hasMessage("ModelTopology.perGroup groups must be >= 1, but was 0");
  }

  @Test
  void equality_byKindAndGroups() {
    assertThat(ModelTopology.perGroup(3)).isEqualTo(ModelTopology.perGroup(3)).isNotEqualTo(ModelTopology.perGroup(4));
  }
}
