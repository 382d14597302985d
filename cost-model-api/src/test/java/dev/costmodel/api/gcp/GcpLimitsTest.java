package dev.costmodel.api.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.DataSize;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Google Cloud limits: every one listed, hard, from Google, with a source a reader can open. */
class GcpLimitsTest {
  @Test
  void all_listsEveryLimit_inTheOrderOfTheTable() {
    assertThat(GcpLimits.all()).containsExactly(GcpLimits.CLOUD_RUN_REQUEST_TIMEOUT,
        GcpLimits.CLOUD_RUN_REQUEST_SIZE, GcpLimits.CLOUD_RUN_MEMORY, GcpLimits.FUNCTIONS_1ST_GEN_TIMEOUT,
        GcpLimits.FUNCTIONS_2ND_GEN_TIMEOUT, GcpLimits.FUNCTIONS_1ST_GEN_MEMORY, GcpLimits.FUNCTIONS_1ST_GEN_PAYLOAD,
        GcpLimits.VERTEX_PREDICTION_REQUEST_SIZE);
    assertThat(GcpLimits.all()).allSatisfy(limit -> {
      assertThat(limit.provider()).isEqualTo("Google Cloud");
      assertThat(limit.isAdjustable()).isFalse();
      assertThat(limit.source()).contains("https://cloud.google.com/");
    });
  }

  @Test
  void bounds_areGooglesPublishedValues() {
    assertThat(GcpLimits.CLOUD_RUN_TIMEOUT).isEqualTo(Duration.ofSeconds(3600));
    assertThat(GcpLimits.CLOUD_RUN_MAX_REQUEST.toBytes()).isEqualTo(33_554_432L);
    assertThat(GcpLimits.CLOUD_RUN_MAX_MEMORY.toBytes()).isEqualTo(32L * 1024 * 1024 * 1024);
    assertThat(GcpLimits.FUNCTIONS_1ST_GEN_MAX_DURATION).isEqualTo(Duration.ofSeconds(540));
    assertThat(GcpLimits.FUNCTIONS_2ND_GEN_MAX_DURATION).isEqualTo(Duration.ofSeconds(3600));
    assertThat(GcpLimits.FUNCTIONS_1ST_GEN_MAX_PAYLOAD.toBytes()).isEqualTo(10_485_760L);
    assertThat(GcpLimits.VERTEX_MAX_REQUEST).isEqualTo(DataSize.ofBytes(1_572_864L));
  }
}
