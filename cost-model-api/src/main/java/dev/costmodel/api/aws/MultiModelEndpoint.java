package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.DataUnit;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.internal.Suggestions;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A SageMaker multi-model endpoint for per-user or per-group topologies: many models behind one endpoint,
 * loaded from S3 on demand and kept in instance memory while there is room. Its instances are sized for the
 * models kept warm, and billed like a real-time endpoint: instance-hours at the hosting price, plus data
 * processed in and out.
 *
 * <p>Formula:
 * <pre>
 *   warm models = modelsKeptWarm (at most the model count), or ⌈warmShare × model count⌉
 *   instances   = max(minInstances, ⌈warm models × modelMemory ÷ (instance memory × usableMemoryShare)⌉)
 *   C = instances × 730 h × P_hour(RealTimeHosting, type) + DataGiB × P_data
 * </pre>
 * For example, 200 groups with 40 kept warm, 500 MiB each, on ml.m5.xlarge (16 GiB, 80% usable = 12.8 GiB):
 * ⌈40 × 500 MiB ÷ 12.8 GiB⌉ = ⌈1.53⌉ = 2 instances × 730 h × USD 0.23 = USD 335.80, plus data processed.
 *
 * <p>Instance memory comes from {@link #instanceMemoryOf(String)}, a small table of the catalog's instance
 * types (override it with {@link #instanceMemory()}). {@link #usableMemoryShare()} (0.8 by default) is our
 * assumption, not AWS's: the operating system, the model server and request buffers take the rest; measure
 * yours. For GPU instance types, MMEs run on Triton and models load into GPU memory: set
 * {@code instanceMemory} to the GPU memory.
 *
 * <p>AWS documents (<a href="https://docs.aws.amazon.com/sagemaker/latest/dg/invoke-multi-model-endpoint.html">
 * Invoke a Multi-Model Endpoint</a>) that the first invocation of a model not in memory downloads it from S3
 * and loads it; SageMaker answers within 60 s, and a model still loading then fails the call with
 * {@code ModelNotReadyException} while it goes on loading for up to 360 s. Models not kept warm are a
 * finding, and so is the absence of a drift monitor: SageMaker Model Monitor does not support multi-model
 * endpoints, so a {@code DriftMonitor.Kind.MODEL_MONITOR} beside this endpoint is refused.
 *
 * <pre>{@code
 * MultiModelEndpoint endpoint = MultiModelEndpoint.builder()
 *     .instanceType("ml.m5.xlarge").minInstances(2)
 *     .modelMemory(DataSize.ofMebibytes(500)).warmShare(0.2)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MultiModelEndpoint implements InferenceComponent {
  /** Where {@link #instanceMemoryOf(String)}'s sizes come from, and how far they were checked. */
  public static final String INSTANCE_MEMORY_SOURCE = "memory of the EC2 instance type each ml. type runs on,"
      + " Amazon EC2 instance types, https://aws.amazon.com/ec2/instance-types/, and the instance details of"
      + " Amazon SageMaker AI pricing, https://aws.amazon.com/sagemaker/ai/pricing/; status: unverified (widely"
      + " published sizes, not read from those pages for this table)";

  /** Where AWS documents how a multi-model endpoint loads a model on its first invocation. */
  public static final String COLD_LOAD_SOURCE = "SageMaker developer guide, \"Invoke a Multi-Model Endpoint\","
      + " https://docs.aws.amazon.com/sagemaker/latest/dg/invoke-multi-model-endpoint.html";

  private static final Map<String, DataSize> INSTANCE_MEMORY = instanceMemoryTable();
  private static final long GIB = DataUnit.GIBIBYTE.bytes();

  MultiModelEndpoint() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The memory of a SageMaker instance type from a small table of the types in the bundled catalog (see
   * {@link #INSTANCE_MEMORY_SOURCE}): {@code ml.m5.xlarge} 16 GiB, {@code ml.c5.xlarge} 8 GiB, …; empty for
   * a type the table lacks. GPU types give the host's memory, not the GPU's.
   */
  public static Optional<DataSize> instanceMemoryOf(String instanceType) {
    return Optional.ofNullable(INSTANCE_MEMORY.get(instanceType));
  }

  private static Map<String, DataSize> instanceMemoryTable() {
    Map<String, DataSize> table = new LinkedHashMap<>();
    table.put("ml.t3.medium", DataSize.ofGibibytes(4));
    table.put("ml.t3.large", DataSize.ofGibibytes(8));
    table.put("ml.m5.large", DataSize.ofGibibytes(8));
    table.put("ml.m5.xlarge", DataSize.ofGibibytes(16));
    table.put("ml.m5.2xlarge", DataSize.ofGibibytes(32));
    table.put("ml.m5.4xlarge", DataSize.ofGibibytes(64));
    table.put("ml.c5.xlarge", DataSize.ofGibibytes(8));
    table.put("ml.c5.2xlarge", DataSize.ofGibibytes(16));
    table.put("ml.r5.xlarge", DataSize.ofGibibytes(32));
    table.put("ml.g4dn.xlarge", DataSize.ofGibibytes(16));
    table.put("ml.g5.xlarge", DataSize.ofGibibytes(16));
    return Map.copyOf(table);
  }

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** The fewest instances, whatever the models need; 1 by default. */
  @Value.Default
  public int minInstances() {
    return 1;
  }

  /**
   * The memory one loaded model takes. Its artifact size is a lower bound when nothing better is known: a
   * model usually takes more in memory than its compressed artifact in S3.
   */
  public abstract DataSize modelMemory();

  /** How many models to keep loaded; give this or {@link #warmShare()}. */
  public abstract OptionalLong modelsKeptWarm();

  /** The share of the topology's models to keep loaded, 0 to 1; give this or {@link #modelsKeptWarm()}. */
  public abstract Optional<BigDecimal> warmShare();

  /** The memory of one instance, if not the one {@link #instanceMemoryOf(String)} gives for the type. */
  public abstract Optional<DataSize> instanceMemory();

  /** The share of an instance's memory models may fill, above 0 and at most 1; 0.8 by default (our assumption). */
  @Value.Default
  public BigDecimal usableMemoryShare() {
    return new BigDecimal("0.8");
  }

  @Override
  public String name() {
    return "MultiModelEndpoint";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/RealTimeHosting/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "RealTimeHosting", instanceType());
  }

  /** The memory of one instance: {@link #instanceMemory()}, or the table's size for the type. */
  public DataSize memoryPerInstance() {
    return instanceMemory().or(() -> instanceMemoryOf(instanceType())).orElseThrow();
  }

  /** Bytes of one instance that models may fill: instance memory × usable share. */
  public BigDecimal usableBytesPerInstance() {
    return BigDecimal.valueOf(memoryPerInstance().toBytes()).multiply(usableMemoryShare());
  }

  /** Models kept warm out of {@code modelCount}: {@code modelsKeptWarm} (at most the count) or ⌈share × count⌉. */
  public long warmModels(long modelCount) {
    if (modelsKeptWarm().isPresent()) {
      return Math.min(modelsKeptWarm().getAsLong(), modelCount);
    }
    return warmShare().orElseThrow().multiply(BigDecimal.valueOf(modelCount)).setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** Instances for {@code modelCount} models: {@code max(minInstances, ⌈warm × modelMemory ÷ usable⌉)}. */
  public long instances(long modelCount) {
    BigDecimal needed = BigDecimal.valueOf(warmModels(modelCount)).multiply(BigDecimal.valueOf(modelMemory().toBytes()))
        .divide(usableBytesPerInstance(), Maths.CONTEXT).setScale(0, RoundingMode.CEILING);
    return Math.max(minInstances(), needed.longValueExact());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    long models = context.modelCount();
    long warm = warmModels(models);
    long instances = instances(models);
    BigDecimal count = BigDecimal.valueOf(instances);
    String sizing = Formats.whole(instances) + " " + (instances == 1 ? "instance" : "instances")
        + " (max(" + minInstances() + ", ⌈" + Formats.whole(warm) + " warm "
        + (warm == 1 ? "model" : "models") + " × " + modelMemory() + " ÷ " + usableText() + "⌉))";
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "multi-model endpoint (" + instanceType() + ", " + Formats.whole(warm) + " of "
            + Formats.whole(models) + " models warm)", priceKey(), "instance type",
        count.multiply(PricingContext.HOURS_PER_MONTH),
        List.of(PricingContext.term(sizing), PricingContext.term(PricingContext.HOURS_PER_MONTH, "h"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  /** {@code 12.8 GiB usable}: the usable memory of one instance, in GiB. */
  private String usableText() {
    return Formats.number(usableBytesPerInstance().divide(BigDecimal.valueOf(GIB), Maths.CONTEXT)) + " GiB usable";
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    long models = context.modelCount();
    long warm = warmModels(models);
    if (warm < models) {
      long cold = models - warm;
      BigDecimal percent = BigDecimal.valueOf(cold).movePointRight(2).divide(BigDecimal.valueOf(models),
          Maths.CONTEXT);
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MULTI_MODEL_COLD_LOADS, name(),
          Formats.whole(cold) + " of " + Formats.whole(models)
              + " models (" + Formats.number(percent.setScale(1, RoundingMode.HALF_UP)) + "%) are not kept warm:"
              + " the first request to such a model loads it from S3 into memory, evicting another; SageMaker"
              + " answers invoke_endpoint within 60 s, and a model still loading then fails the call with"
              + " ModelNotReadyException while it goes on loading for up to 360 s (AWS: " + COLD_LOAD_SOURCE
              + "); retry such calls, keep the models users wait on warm (modelsKeptWarm), or keep smaller"
              + " models"));
    }
    if (context.components().stream().noneMatch(c -> c instanceof DriftMonitor)) {
      findings.add(Finding.of(Finding.Severity.INFO, FindingCode.MULTI_MODEL_NO_MODEL_MONITOR, name(),
          "SageMaker Model Monitor does not support multi-model endpoints (AWS: "
              + AwsLimits.MODEL_MONITOR_SINGLE_MODEL.source() + "): to watch these models for drift, add a"
              + " DriftMonitor of kind DriftMonitor.Kind.CUSTOM_PROCESSING"));
    }
    if (instances(models) == 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SINGLE_INSTANCE_ENDPOINT, name(),
          "the multi-model endpoint runs on 1 instance: it has no redundancy, and an instance failure or a"
              + " deployment takes every model down; use minInstances(2) or more across availability zones"));
    }
    return findings;
  }

  @Override
  public void checkDesign(PricingContext context) {
    EndpointData.checkPayloads(name(), context, AwsLimits.REALTIME_MAX_PAYLOAD, AwsLimits.REALTIME_PAYLOAD);
    EndpointData.refuseModelMonitor(context, "a multi-model endpoint (MultiModelEndpoint serving "
        + Formats.whole(context.modelCount()) + " models, " + context.topology() + ")");
  }

  @Value.Check
  void check() {
    Checks.notBlank("MultiModelEndpoint.instanceType", instanceType());
    Checks.positive("MultiModelEndpoint.minInstances", minInstances());
    Checks.positive("MultiModelEndpoint.modelMemory", BigDecimal.valueOf(modelMemory().toBytes()));
    if (modelsKeptWarm().isPresent() == warmShare().isPresent()) {
      throw new IllegalArgumentException("MultiModelEndpoint must have exactly one of modelsKeptWarm or"
          + " warmShare, but had " + (warmShare().isPresent() ? "both" : "neither")
          + "; modelsKeptWarm(40) keeps 40 models loaded, warmShare(0.2) a fifth of the topology's models");
    }
    modelsKeptWarm().ifPresent(warm -> Checks.positive("MultiModelEndpoint.modelsKeptWarm", warm));
    warmShare().ifPresent(share -> {
      Checks.fraction("MultiModelEndpoint.warmShare", share);
      Checks.positive("MultiModelEndpoint.warmShare", share);
    });
    if (usableMemoryShare().signum() <= 0 || usableMemoryShare().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("MultiModelEndpoint.usableMemoryShare must be > 0 and <= 1, but was "
          + Formats.plain(usableMemoryShare()));
    }
    if (instanceMemory().isEmpty() && instanceMemoryOf(instanceType()).isEmpty()) {
      throw new IllegalArgumentException("MultiModelEndpoint.instanceType '" + instanceType() + "' has no memory"
          + " size in MultiModelEndpoint.instanceMemoryOf" + Suggestions.didYouMean(instanceType(),
              INSTANCE_MEMORY.keySet().stream().sorted().toList())
          + "; or set instanceMemory(DataSize.ofGibibytes(n)) from AWS's page for the type");
    }
    instanceMemory().ifPresent(memory -> Checks.positive("MultiModelEndpoint.instanceMemory",
        BigDecimal.valueOf(memory.toBytes())));
    if (BigDecimal.valueOf(modelMemory().toBytes()).compareTo(usableBytesPerInstance()) > 0) {
      throw new IllegalArgumentException("MultiModelEndpoint.modelMemory must be <= the usable memory of one "
          + instanceType() + " (" + memoryPerInstance() + " × " + Formats.plain(usableMemoryShare()) + " = "
          + usableText().replace(" usable", "") + "), but was " + modelMemory()
          + "; choose an instance type with more memory");
    }
  }

  /** Builds a {@link MultiModelEndpoint}; give the instance type, the model memory and one way of warmth. */
  public static final class Builder extends ImmutableMultiModelEndpoint.Builder {
    Builder() {}

    /** Sets the warm share from a {@code double}, exactly as written ({@code 0.2} is a fifth). */
    public Builder warmShare(double share) {
      return warmShare(Checks.finite("MultiModelEndpoint.warmShare", share));
    }

    /** Sets the usable memory share from a {@code double}, exactly as written. */
    public Builder usableMemoryShare(double share) {
      return usableMemoryShare(Checks.finite("MultiModelEndpoint.usableMemoryShare", share));
    }
  }
}
