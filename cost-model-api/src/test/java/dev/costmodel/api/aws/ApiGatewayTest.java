package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** API Gateway requests from list prices computed by hand (API Gateway pricing, us-east-1); its limits. */
class ApiGatewayTest {
  private static final String HTTP_QUOTAS = "API Gateway developer guide, \"Quotas for configuring and running an"
      + " HTTP API in API Gateway\", https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html";

  @Test
  void rest_andHttp_fromListPrices() {
    // 3,000,000 requests: REST 3 M × USD 3.50 = USD 10.50; HTTP 3 M × USD 1.00 = USD 3.00
    MonthlyEstimate rest = LambdaPrices.scenario(3_000_000).addComponent(ApiGateway.of(ApiGateway.Kind.REST))
        .build().estimate();
    assertThat(rest.lineItems()).singleElement().satisfies(line -> {
      assertThat(line.cost()).isEqualTo(Money.usd("10.50"));
      assertThat(line.formula()).isEqualTo("3,000,000 requests = 3 M requests, tiered: 3 × USD 3.5/1M requests"
          + " = USD 10.50");
      assertThat(line.description()).isEqualTo("API Gateway REST API requests");
    });
    assertThat(LambdaPrices.scenario(3_000_000).addComponent(ApiGateway.of(ApiGateway.Kind.HTTP)).build()
        .estimate().total()).isEqualTo(Money.usd("3.00"));
  }

  @Test
  void rest_isPricedTierByTier() {
    // 500,000,000 requests = 500 M: 333 × 3.50 = 1,165.50 + 167 × 2.80 = 467.60 → USD 1,633.10
    assertThat(LambdaPrices.scenario(500_000_000).addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build()
        .estimate().total()).isEqualTo(Money.usd("1633.10"));
    // HTTP: 300 × 1.00 + 200 × 0.90 = USD 480.00
    assertThat(LambdaPrices.scenario(500_000_000).addComponent(ApiGateway.of(ApiGateway.Kind.HTTP)).build()
        .estimate().total()).isEqualTo(Money.usd("480.00"));
  }

  @Test
  void httpApi_inFrontOfInferenceLongerThan30s_isRefused() {
    LambdaInference slow = LambdaInference.builder().from(LambdaInferenceTest.ONE_GIB)
        .meanDuration(Duration.ofSeconds(45)).build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaPrices.scenario(1000).addComponent(slow).addComponent(ApiGateway.of(ApiGateway.Kind.HTTP))
            .build());
    assertThat(e).hasMessage("LambdaInference.meanDuration (behind an HTTP ApiGateway) must be <= 30 s (API Gateway"
        + " HTTP API maximum integration timeout; AWS: " + HTTP_QUOTAS + "), but was 45 s; use a Regional REST API"
        + " and raise its integration timeout, or answer asynchronously");
    assertThat(e.limit()).isEqualTo(AwsLimits.API_GATEWAY_HTTP_TIMEOUT);
  }

  @Test
  void restApi_inFrontOfInferenceLongerThan29s_isAFindingNamingTheQuota() {
    LambdaInference slow = LambdaInference.builder().from(LambdaInferenceTest.ONE_GIB)
        .meanDuration(Duration.ofSeconds(45)).build();
    MonthlyEstimate estimate = LambdaPrices.scenario(1000).addComponent(slow)
        .addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.API_GATEWAY_TIMEOUT_QUOTA)).isTrue();
      assertThat(f.message()).isEqualTo("the inference behind the REST API (LambdaInference) takes 45 s on average,"
          + " above API Gateway's default integration timeout of 29 s (" + AwsLimits.API_GATEWAY_REST_TIMEOUT.source()
          + "): requests time out unless the account raises the quota \"Maximum integration timeout in"
          + " milliseconds (Service Quotas, Amazon API Gateway)\", which AWS allows for Regional and private REST"
          + " APIs (not edge-optimized ones) and may lower the account's throttle quota; or answer"
          + " asynchronously");
    });
    assertThat(AwsLimits.API_GATEWAY_REST_TIMEOUT.isAdjustable()).isTrue();
    // 29 s exactly: no finding
    LambdaInference limit = LambdaInference.builder().from(slow).meanDuration(Duration.ofSeconds(29)).build();
    assertThat(LambdaPrices.scenario(1000).addComponent(limit).addComponent(ApiGateway.of(ApiGateway.Kind.REST))
        .build().estimate().findings()).isEmpty();
  }

  @Test
  void payloadAboveTenMegabytes_isRefused() {
    Workload big = Workload.builder().from(LambdaPrices.workload(1000)).responsePayload(DataSize.ofMebibytes(11))
        .build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaPrices.scenario(1000).workload(big).addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build());
    assertThat(e).hasMessageStartingWith("Workload.responsePayload (through ApiGateway) must be <= 10 MB (API Gateway"
        + " payload size, REST and HTTP APIs; AWS: API Gateway developer guide,")
        .hasMessageEndingWith("but was 11 MiB (11,534,336 bytes); put the data in S3 and send its key instead of the"
            + " data");
    assertThat(e.limit()).isEqualTo(AwsLimits.API_GATEWAY_PAYLOAD);
  }

  @Test
  void apiGateway_isNotASecondInferenceComponent() {
    MonthlyEstimate estimate = LambdaPrices.scenario(1000).addComponent(LambdaInferenceTest.ONE_GIB)
        .addComponent(ApiGateway.of(ApiGateway.Kind.HTTP)).build().estimate();
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void requestPayloadAboveTenMegabytes_isRefused_tenIsAllowed() {
    Workload big = Workload.builder().from(LambdaPrices.workload(1000)).requestPayload(DataSize.ofMebibytes(11))
        .build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaPrices.scenario(1000).workload(big).addComponent(ApiGateway.of(ApiGateway.Kind.HTTP)).build());
    assertThat(e).hasMessageStartingWith("Workload.requestPayload (through ApiGateway) must be <= 10 MB");
    // exactly 10 MiB each way is within the quota: priced, 1,000 requests = 0.001 M × USD 1.00 = USD 0.001
    Workload ten = Workload.builder().from(big).requestPayload(DataSize.ofMebibytes(10))
        .responsePayload(DataSize.ofMebibytes(10)).build();
    assertThat(LambdaPrices.scenario(1000).workload(ten).addComponent(ApiGateway.of(ApiGateway.Kind.HTTP)).build()
        .estimate().total()).isEqualTo(Money.usd("0.001"));
  }

  @Test
  void lineAndFinding_nameTheComponent() {
    LambdaInference slow = LambdaInference.builder().from(LambdaInferenceTest.ONE_GIB)
        .meanDuration(Duration.ofSeconds(45)).build();
    MonthlyEstimate estimate = LambdaPrices.scenario(1000).addComponent(slow)
        .addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build().estimate();
    assertThat(estimate.lineItems().get(estimate.lineItems().size() - 1).component()).isEqualTo("ApiGateway");
    assertThat(estimate.findings()).singleElement().satisfies(f -> assertThat(f.component()).isEqualTo("ApiGateway"));
  }

  @Test
  void restApi_inFrontOfSeveralBackends_isCheckedAgainstTheSlowest_firstOfEqualOnes() {
    LambdaInference lambda = LambdaInference.builder().from(LambdaInferenceTest.ONE_GIB)
        .meanDuration(Duration.ofSeconds(40)).build();
    RealtimeInference slower = RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(2)
        .meanDuration(Duration.ofSeconds(50)).build();
    MonthlyEstimate estimate = LambdaPrices.scenario(1000).addComponent(lambda).addComponent(slower)
        .addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build().estimate();
    assertThat(estimate.findings()).filteredOn(f -> f.is(FindingCode.API_GATEWAY_TIMEOUT_QUOTA)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the inference behind the REST API (RealtimeInference)"
            + " takes 50 s on average"));
    // the slower one first: still the slower one is named
    MonthlyEstimate reversed = LambdaPrices.scenario(1000).addComponent(slower).addComponent(lambda)
        .addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build().estimate();
    assertThat(reversed.findings()).filteredOn(f -> f.is(FindingCode.API_GATEWAY_TIMEOUT_QUOTA)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the inference behind the REST API (RealtimeInference)"
            + " takes 50 s on average"));
    // equally slow: the first is named
    RealtimeInference equal = RealtimeInference.builder().from(slower).meanDuration(Duration.ofSeconds(40)).build();
    MonthlyEstimate tie = LambdaPrices.scenario(1000).addComponent(lambda).addComponent(equal)
        .addComponent(ApiGateway.of(ApiGateway.Kind.REST)).build().estimate();
    assertThat(tie.findings()).filteredOn(f -> f.is(FindingCode.API_GATEWAY_TIMEOUT_QUOTA)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the inference behind the REST API (LambdaInference)"
            + " takes 40 s on average"));
  }
}
