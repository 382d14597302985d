package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link LambdaInference}, on functions built through the public builder from random inputs within
 * AWS's limits: memory 128 to 10,240 MB, durations up to 15 minutes, provisioned concurrency, warm-up pings,
 * ephemeral storage. The bounds of every range are the first values QuickTheories tries.
 */
class LambdaInferencePropertiesTest {
  private static final int EXAMPLES = 300;

  /** Random inputs of one function. */
  record Inputs(int memoryMib, int millis, int provisioned, int hours, int warmUpMinutes, int storageMib,
      boolean arm, boolean free) {

    LambdaInference lambda() {
      LambdaInference.Builder builder = LambdaInference.builder().memory(DataSize.ofMebibytes(memoryMib))
          .meanDuration(Duration.ofMillis(millis)).provisionedConcurrency(provisioned)
          .provisionedHoursPerDay(BigDecimal.valueOf(hours)).ephemeralStorage(DataSize.ofMebibytes(storageMib))
          .architecture(arm ? LambdaInference.Architecture.ARM : LambdaInference.Architecture.X86).freeTier(free);
      if (warmUpMinutes > 0) {
        builder.warmUpInterval(Duration.ofMinutes(warmUpMinutes));
      }
      return builder.build();
    }

    Inputs withMemory(int mib) {
      return new Inputs(mib, millis, provisioned, hours, warmUpMinutes, storageMib, arm, free);
    }

    Inputs withMillis(int ms) {
      return new Inputs(memoryMib, ms, provisioned, hours, warmUpMinutes, storageMib, arm, free);
    }

    Inputs withFree(boolean on) {
      return new Inputs(memoryMib, millis, provisioned, hours, warmUpMinutes, storageMib, arm, on);
    }
  }

  private static Gen<Inputs> inputs() {
    Gen<int[]> first = integers().between(128, 10_240).zip(integers().between(1, 900_000),
        integers().between(0, 20), integers().between(0, 24), (mib, ms, pc, h) -> new int[] {mib, ms, pc, h});
    Gen<int[]> second = integers().between(0, 60).zip(integers().between(512, 10_240), integers().between(0, 3),
        (warm, storage, flags) -> new int[] {warm, storage, flags});
    return first.zip(second, (a, b) -> new Inputs(a[0], a[1], a[2], a[3], b[0], b[1], (b[2] & 1) == 1,
        (b[2] & 2) == 2));
  }

  private static Money total(long requests, LambdaInference lambda) {
    return LambdaPrices.scenario(requests).addComponent(lambda).build().estimate().total();
  }

  @Test
  void cost_isLinearInRequests_belowTheFirstTier_withoutFreeTierOrFixedCosts() {
    // at most 1,000,000 × 3 × 10 s × 10 GiB = 3e8 GiB-s: far below the first tier's 6e9
    qt().withExamples(EXAMPLES).forAll(integers().between(128, 10_240), integers().between(1, 10_000),
            integers().between(0, 1_000_000), integers().between(1, 3))
        .checkAssert((mib, millis, requests, k) -> {
          LambdaInference lambda = LambdaInference.builder().memory(DataSize.ofMebibytes(mib))
              .meanDuration(Duration.ofMillis(millis)).build();
          assertThat(total(requests * (long) k, lambda).amount())
              .isEqualByComparingTo(total(requests, lambda).amount().multiply(BigDecimal.valueOf(k)));
        });
  }

  @Test
  void costs_neverFall_whenMemoryDurationOrRequestsRise() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(0, 5_000_000), integers().between(0, 5_000),
            integers().between(0, 60_000))
        .checkAssert((in, requests, moreMib, moreMillis) -> {
          Money base = total(requests, in.lambda());
          assertThat(total(requests + 1_000_000L, in.lambda())).isGreaterThanOrEqualTo(base);
          assertThat(total(requests, in.withMemory(Math.min(10_240, in.memoryMib() + moreMib)).lambda()))
              .isGreaterThanOrEqualTo(base);
          assertThat(total(requests, in.withMillis(Math.min(900_000, in.millis() + moreMillis)).lambda()))
              .isGreaterThanOrEqualTo(base);
        });
  }

  @Test
  void noLine_isNegative() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(0, 50_000_000))
        .checkAssert((in, requests) -> assertThat(LambdaPrices.scenario(requests).addComponent(in.lambda()).build()
            .estimate().lineItems()).allSatisfy((LineItem line) -> {
              assertThat(line.cost().amount().signum()).isNotNegative();
              assertThat(line.quantity().signum()).isNotNegative();
            }));
  }

  @Test
  void freeTier_neverRaisesACost() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(0, 10_000_000))
        .checkAssert((in, requests) -> assertThat(total(requests, in.withFree(true).lambda()))
            .isLessThanOrEqualTo(total(requests, in.withFree(false).lambda())));
  }
}
