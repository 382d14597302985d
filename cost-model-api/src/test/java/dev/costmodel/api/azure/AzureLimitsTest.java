package dev.costmodel.api.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Azure limits: every one listed, hard, from Microsoft, with a source a reader can open. */
class AzureLimitsTest {
  @Test
  void all_listsEveryLimit_inTheOrderOfTheTable() {
    assertThat(AzureLimits.all()).containsExactly(AzureLimits.FUNCTIONS_CONSUMPTION_TIMEOUT,
        AzureLimits.FUNCTIONS_HTTP_RESPONSE, AzureLimits.FUNCTIONS_CONSUMPTION_MEMORY,
        AzureLimits.FUNCTIONS_REQUEST_SIZE);
    assertThat(AzureLimits.all()).allSatisfy(limit -> {
      assertThat(limit.provider()).isEqualTo("Azure");
      assertThat(limit.isAdjustable()).isFalse();
      assertThat(limit.source()).contains("https://learn.microsoft.com/azure/azure-functions/");
    });
  }

  @Test
  void bounds_areMicrosoftsPublishedValues() {
    assertThat(AzureLimits.FUNCTIONS_MAX_DURATION).isEqualTo(Duration.ofSeconds(600));
    assertThat(AzureLimits.FUNCTIONS_HTTP_MAX_RESPONSE).isEqualTo(Duration.ofSeconds(230));
    assertThat(AzureLimits.FUNCTIONS_MAX_MEMORY.toBytes()).isEqualTo(1536L * 1024 * 1024);
    assertThat(AzureLimits.FUNCTIONS_MAX_REQUEST.toBytes()).isEqualTo(100L * 1024 * 1024);
  }
}
