package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderLimitTest {
  private static final ProviderLimit TIMEOUT = ProviderLimit.hard("AWS", "invocation timeout", "60 s", "docs page");
  private static final ProviderLimit CONCURRENCY = ProviderLimit.quota("AWS", "concurrency", "200", "docs page",
      "Service Quotas: L-1234");

  @Test
  void hardLimitsAndQuotas_keepWhatTheyWereGiven() {
    assertThat(TIMEOUT.provider()).isEqualTo("AWS");
    assertThat(TIMEOUT.name()).isEqualTo("invocation timeout");
    assertThat(TIMEOUT.bound()).isEqualTo("60 s");
    assertThat(TIMEOUT.source()).isEqualTo("docs page");
    assertThat(TIMEOUT.quota()).isEmpty();
    assertThat(TIMEOUT.isAdjustable()).isFalse();
    assertThat(CONCURRENCY.quota()).contains("Service Quotas: L-1234");
    assertThat(CONCURRENCY.isAdjustable()).isTrue();
    assertThat(TIMEOUT).hasToString("invocation timeout (60 s; AWS: docs page)");
  }

  @Test
  void equality_comparesEveryField() {
    assertThat(ProviderLimit.hard("AWS", "invocation timeout", "60 s", "docs page")).isEqualTo(TIMEOUT)
        .hasSameHashCodeAs(TIMEOUT);
    assertThat(TIMEOUT).isNotEqualTo(ProviderLimit.hard("GCP", "invocation timeout", "60 s", "docs page"))
        .isNotEqualTo(ProviderLimit.hard("AWS", "timeout", "60 s", "docs page"))
        .isNotEqualTo(ProviderLimit.hard("AWS", "invocation timeout", "61 s", "docs page"))
        .isNotEqualTo(ProviderLimit.hard("AWS", "invocation timeout", "60 s", "other page"))
        .isNotEqualTo(ProviderLimit.quota("AWS", "invocation timeout", "60 s", "docs page", "raise it"))
        .isNotEqualTo("invocation timeout (60 s; AWS: docs page)");
  }

  @Test
  void blankText_isRejectedNamingTheField() {
    assertThatThrownBy(() -> ProviderLimit.hard(" ", "n", "b", "s"))
        .hasMessage("ProviderLimit.provider must not be blank, but was ' '");
    assertThatThrownBy(() -> ProviderLimit.hard("p", "", "b", "s"))
        .hasMessage("ProviderLimit.name must not be blank, but was ''");
    assertThatThrownBy(() -> ProviderLimit.hard("p", "n", "", "s"))
        .hasMessage("ProviderLimit.bound must not be blank, but was ''");
    assertThatThrownBy(() -> ProviderLimit.hard("p", "n", "b", ""))
        .hasMessage("ProviderLimit.source must not be blank, but was ''");
    assertThatThrownBy(() -> ProviderLimit.quota("p", "n", "b", "s", " "))
        .hasMessage("ProviderLimit.quota must not be blank, but was ' '");
  }
}
