package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceKeyTest {
  @Test
  void toString_and_parse_roundTrip() {
    PriceKey key = PriceKey.of("SageMaker", "Training", "ml.m5.xlarge");
    assertThat(key).hasToString("SageMaker/Training/ml.m5.xlarge");
    assertThat(PriceKey.parse(key.toString())).isEqualTo(key);
    assertThat(PriceKey.parse("Lambda/Requests")).isEqualTo(PriceKey.of("Lambda", "Requests", ""));
  }

  @Test
  void blankService_isRejected() {
    assertThatThrownBy(() -> PriceKey.of(" ", "Training", "x"))
        .hasMessage("PriceKey.service must not be blank, but was ' '");
  }

  @Test
  void parse_withoutUsage_isRejected() {
    assertThatThrownBy(() -> PriceKey.parse("SageMaker"))
        .hasMessageStartingWith("PriceKey text must be service/usage/resource");
  }
}
