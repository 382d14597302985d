package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.Workload;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Amazon API Gateway API in front of the scenario's inference (a {@link LambdaInference}, or a SageMaker
 * endpoint): every request of the workload passes through it once.
 *
 * <p>Formula (https://aws.amazon.com/api-gateway/pricing/): {@code C = Req ÷ 1,000,000 × P}, tier by tier
 * over the month's requests: a REST API ({@code APIGateway/REST}) USD 3.50 per million for the first 333
 * million, 2.80 for the next 667 million, 2.38 for the next 19 billion, 1.51 above; an HTTP API
 * ({@code APIGateway/HTTP}) USD 1.00 per million for the first 300 million, 0.90 above. Example: 3,000,000
 * requests through a REST API = 3 M × USD 3.50 = USD 10.50; through an HTTP API, USD 3.00. Not priced: caching,
 * data transfer out, and the 12-month free tier of new accounts.
 *
 * <p>Why a component of its own rather than an option of {@link LambdaInference}: API Gateway is billed by
 * another service, on requests only, and fronts SageMaker endpoints as well as Lambda functions; as its own
 * component its line and subtotal stand apart, and a scenario without it (a function URL, an SDK call) is
 * simply a scenario without it. It is not an {@link dev.costmodel.api.InferenceComponent}: it serves no
 * inference, so it does not count as a second endpoint.
 *
 * <p>AWS's limits are checked ({@link AwsLimits}): request and response payloads of at most 10 MB; an HTTP
 * API waits at most 30 s for its integration, so an inference component behind it whose mean duration is
 * longer is refused. A REST API waits 29 s by default, which an account can raise for Regional and private
 * REST APIs: a longer mean duration is a finding that names the quota.
 *
 * <pre>{@code
 * ApiGateway api = ApiGateway.of(ApiGateway.Kind.HTTP);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApiGateway implements CostComponent {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  ApiGateway() {}

  /** The kind of API, which sets its price and its integration timeout. */
  public enum Kind {
    /** A REST API (API Gateway v1): more features, USD 3.50 per million requests to start. */
    REST,
    /** An HTTP API (API Gateway v2): USD 1.00 per million requests to start, 30-second timeout. */
    HTTP
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an API of {@code kind}. */
  public static ApiGateway of(Kind kind) {
    return builder().kind(kind).build();
  }

  /** REST or HTTP. */
  public abstract Kind kind();

  @Override
  public String name() {
    return "ApiGateway";
  }

  /** The catalog key the requests are priced by: {@code APIGateway/REST} or {@code APIGateway/HTTP}. */
  public PriceKey priceKey() {
    return PriceKey.of("APIGateway", kind().name(), "");
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal requests = context.workload().requestsPerMonth();
    return List.of(context.lineItem(name(), CostCategory.INFERENCE, "API Gateway " + kind() + " API requests",
        priceKey(), "resource", requests.divide(MILLION, Maths.CONTEXT),
        List.of(PricingContext.term(requests, "request", "requests"))));
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    if (kind() == Kind.REST) {
      backend(context).filter(b -> b.duration().compareTo(AwsLimits.API_GATEWAY_REST_MAX_TIMEOUT) > 0)
          .ifPresent(backend -> {
            ProviderLimit quota = AwsLimits.API_GATEWAY_REST_TIMEOUT;
            findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.API_GATEWAY_TIMEOUT_QUOTA, name(),
                "the inference behind the REST API (" + backend.name() + ") takes "
                    + Formats.number(Formats.seconds(backend.duration()))
                    + " s on average, above API Gateway's default integration timeout of " + quota.bound() + " ("
                    + quota.source() + "): requests time out unless the account raises the quota \""
                    + quota.quota().orElseThrow() + "\", which AWS allows for Regional and private REST APIs"
                    + " (not edge-optimized ones) and may lower the account's throttle quota; or answer"
                    + " asynchronously"));
          });
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    Workload workload = context.workload();
    checkPayload("Workload.requestPayload (through ApiGateway)", workload.requestPayload());
    checkPayload("Workload.responsePayload (through ApiGateway)", workload.responsePayload());
    if (kind() == Kind.HTTP) {
      backend(context).ifPresent(backend -> Checks.withinLimit(
          backend.name() + ".meanDuration (behind an HTTP ApiGateway)", backend.duration(),
          AwsLimits.API_GATEWAY_HTTP_MAX_TIMEOUT,
          AwsLimits.API_GATEWAY_HTTP_TIMEOUT, "use a Regional REST API and raise its integration timeout, or"
              + " answer asynchronously"));
    }
  }

  /** An inference component behind the API and its mean duration. */
  private record Backend(String name, Duration duration) {}

  /** The inference component with the longest stated mean duration, if any states one. */
  private static Optional<Backend> backend(PricingContext context) {
    Backend longest = null;
    for (Object component : context.components()) {
      Optional<Duration> duration = Optional.empty();
      if (component instanceof LambdaInference) {
        duration = Optional.of(((LambdaInference) component).meanDuration());
      } else if (component instanceof ServerlessInference) {
        duration = Optional.of(((ServerlessInference) component).meanDuration());
      } else if (component instanceof RealtimeInference) {
        duration = ((RealtimeInference) component).meanDuration();
      }
      if (duration.isPresent() && (longest == null || duration.get().compareTo(longest.duration()) > 0)) {
        longest = new Backend(((CostComponent) component).name(), duration.get());
      }
    }
    return Optional.ofNullable(longest);
  }

  private static void checkPayload(String field, DataSize value) {
    if (value.compareTo(AwsLimits.API_GATEWAY_MAX_PAYLOAD) > 0) {
      throw LimitExceededException.of(field, "<=", AwsLimits.API_GATEWAY_PAYLOAD,
          value + " (" + Formats.exact(BigDecimal.valueOf(value.toBytes())) + " bytes)",
          "put the data in S3 and send its key instead of the data");
    }
  }

  /** Builds an {@link ApiGateway}; {@code kind} is required. */
  public static final class Builder extends ImmutableApiGateway.Builder {
    Builder() {}
  }
}
