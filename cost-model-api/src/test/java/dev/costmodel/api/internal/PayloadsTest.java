package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.gcp.VertexBatchPrediction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The payload check the endpoints share: at the limit passes, one byte above is refused, naming everything. */
class PayloadsTest {
  private static final ProviderLimit LIMIT = ProviderLimit.hard("Test", "test endpoint maximum payload", "1 MiB",
      "test source");
  private static final DataSize MAX = DataSize.ofMebibytes(1);
  private static final DataSize ABOVE = DataSize.ofBytes((1L << 20) + 1);

  private static PricingContext context(DataSize request, DataSize response) {
    VertexBatchPrediction any = VertexBatchPrediction.builder().machineType("n1-standard-4")
        .durationPerRun(Duration.ofHours(1)).runsPerMonth(1).build();
    return CloudFixtures.scenario(CloudFixtures.GCP, CloudFixtures.payloads(request, response),
        ModelTopology.shared(), any).context();
  }

  @Test
  void checkRequest_acceptsUpToTheLimit_andIgnoresTheResponse() {
    assertThatCode(() -> Payloads.checkRequest("Endpoint", context(MAX, ABOVE), MAX, LIMIT, "shrink it"))
        .doesNotThrowAnyException();
  }

  @Test
  void checkRequest_refusesOneByteAbove_namingFieldLimitValueAndFix() {
    assertThatThrownBy(() -> Payloads.checkRequest("Endpoint", context(ABOVE, MAX), MAX, LIMIT, "shrink it"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("Workload.requestPayload (served by Endpoint) must be <= 1 MiB (test endpoint maximum payload;"
            + " Test: test source), but was " + ABOVE + " (1,048,577 bytes); shrink it");
  }

  @Test
  void checkBoth_refusesEitherDirectionAbove() {
    assertThatCode(() -> Payloads.checkBoth("Endpoint", context(MAX, MAX), MAX, LIMIT, "shrink it"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Payloads.checkBoth("Endpoint", context(MAX, ABOVE), MAX, LIMIT, "shrink it"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("Workload.responsePayload (served by Endpoint) must be <= 1 MiB (test endpoint maximum payload;"
            + " Test: test source), but was " + ABOVE + " (1,048,577 bytes); shrink it");
    assertThatThrownBy(() -> Payloads.checkBoth("Endpoint", context(ABOVE, MAX), MAX, LIMIT, "shrink it"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Workload.requestPayload (served by Endpoint) must be <= 1 MiB");
  }
}
