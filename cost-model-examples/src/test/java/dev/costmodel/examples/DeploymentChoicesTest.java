package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.analysis.BreakEven;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment chapter's questions; every expected number is computed by hand from list prices (us-east-1). */
class DeploymentChoicesTest {
  private static final MathContext MC = MathContext.DECIMAL128;

  @Test
  void exerciseA_lambdaCostsAFractionOfAnyEndpoint() {
    List<BigDecimal> totals = DeploymentChoices.exerciseA().stream()
        .map(s -> s.estimate().total().rounded().amount()).toList();
    // R = 100,000 × 730 ÷ 24 = 3,041,666.67 requests a month
    // Lambda: R × (USD 0.20 ÷ 1M + 0.1 s × 1 GiB × 0.0000166667) = R × 0.00000186667 = 5.6778 → 5.68
    // + HTTP API R × USD 1.00 ÷ 1M = 3.0417 → 8.72; + REST API R × USD 3.50 ÷ 1M = 10.6458 → 16.32
    // 1 × ml.m5.large: 730 × 0.115 = 83.95 + R × 3 KiB = 8.7023 GiB × 0.016 = 0.1392 → 84.09
    // 2 × ml.c5.xlarge: 2 × 730 × 0.204 = 297.84 + 0.1392 → 297.98
    assertThat(totals).containsExactly(new BigDecimal("5.68"), new BigDecimal("8.72"), new BigDecimal("16.32"),
        new BigDecimal("84.09"), new BigDecimal("297.98"));
  }

  @Test
  void exerciseA_breakEven_inRequestsAMonth() {
    // Lambda + HTTP API: 0.00000186667 + 0.000001 = 0.00000286667 a request; data processed on the endpoint:
    // 3 KiB ÷ 2^30 × 0.016 = 0.0000000457763671875 a request.
    BigDecimal gap = new BigDecimal("0.00000286667").subtract(new BigDecimal("0.0000000457763671875"));
    BreakEven m5 = DeploymentChoices.breakEven(DeploymentChoices.endpoint("ml.m5.large", 1));
    // 83.95 ÷ gap = 29,760,072.84
    assertThat(m5.value().orElseThrow().subtract(new BigDecimal("83.95").divide(gap, MC)).abs())
        .isLessThan(new BigDecimal("1e-6"));
    BreakEven c5 = DeploymentChoices.breakEven(DeploymentChoices.endpoint("ml.c5.xlarge", 2));
    // 297.84 ÷ gap = 105,583,562.79
    assertThat(c5.value().orElseThrow().subtract(new BigDecimal("297.84").divide(gap, MC)).abs())
        .isLessThan(new BigDecimal("1e-6"));
    assertThat(m5.explanation()).startsWith("'Lambda + HTTP API' is cheaper below 29,760,072.8448 requests/month");
  }

  @Test
  void exerciseB_lambdaRefusesTheOneHourJob_aProcessingJobCostsCents() {
    assertThat(DeploymentChoices.exerciseBOnLambda()).startsWith("LambdaInference.meanDuration must be <= 900 s"
        + " (15 minutes) (Lambda function timeout;").contains("but was 3,600 s;");
    // 1 job × 1 h × USD 0.115 (ml.m5.large) = USD 0.115; × USD 0.23 (ml.m5.xlarge) = USD 0.23
    MonthlyEstimate large = DeploymentChoices.exerciseB("ml.m5.large");
    assertThat(large.total()).isEqualTo(Money.usd("0.115"));
    assertThat(DeploymentChoices.exerciseB("ml.m5.xlarge").total()).isEqualTo(Money.usd("0.23"));
  }

  @Test
  void coldStart_theChaptersFortyDollars_partByPart() {
    // 1,024 MB. Provisioned: 5 × 1 GiB × 8 h × 3,600 s × 730/24 days = 4,380,000 GiB-s × 0.0000041667 = 18.250146
    // normal: 100,000 ÷ 1M × 0.20 = 0.02; a third (8 h of 24) on provisioned: 3,333.33 GiB-s × 0.0000097222
    //   = 0.0324073; the rest on demand: 6,666.67 GiB-s × 0.0000166667 = 0.1111113 → 0.1635187
    // warm-up: 43,800 min ÷ 5 = 8,760 pings × 0.20 ÷ 1M = 0.001752 + 8,760 × 0.01 s × 1 GiB × 0.0000166667
    //   = 0.00146000292 → 0.00321200292
    DeploymentChoices.ColdStartCost one = DeploymentChoices.coldStart(1024);
    assertThat(one.provisioned().amount()).isEqualByComparingTo("18.250146");
    assertThat(one.warmUp().amount()).isEqualByComparingTo("0.00321200292");
    assertThat(one.normal().rounded()).isEqualTo(Money.usd("0.16"));
    assertThat(one.total().rounded()).isEqualTo(Money.usd("18.42"));
    // 2,048 MB doubles every GiB-second: provisioned 36.500292; total 0.02 + 2 × 0.1435187 + 36.500292
    //   + 0.001752 + 2 × 0.00146000292 = 36.812
    DeploymentChoices.ColdStartCost two = DeploymentChoices.coldStart(2048);
    assertThat(two.provisioned().amount()).isEqualByComparingTo("36.500292");
    assertThat(two.total().rounded()).isEqualTo(Money.usd("36.81"));
    // 1,769 MB (one full vCPU) = 1.7275390625 GiB: provisioned 4,380,000 × 1.7275390625 × 0.0000041667 = 31.5278
    assertThat(DeploymentChoices.coldStart(1769).provisioned().amount()).isEqualByComparingTo(
        new BigDecimal("4380000").multiply(new BigDecimal("1.7275390625")).multiply(new BigDecimal("0.0000041667")));
  }

  @Test
  void readme_showsTheColdStartTableAsComputed() throws Exception {
    String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"));
    assertThat(readme).contains(DeploymentChoices.coldStartTable());
    assertThat(DeploymentChoices.render()).contains("| Lambda + HTTP API | 8.72 | **8.72** |");
  }
}
