package dev.costmodel.core.analysis;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.azure.AzureFunctions;
import dev.costmodel.api.azure.AzureMLCompute;
import dev.costmodel.api.azure.AzureOnlineEndpoint;
import dev.costmodel.api.gcp.CloudRun;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.api.gcp.VertexTraining;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.chart.SvgCharts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One workload and topology priced on several clouds: one {@link CostScenario} and one estimate per provider,
 * side by side in a {@link Comparison}.
 *
 * <p>Each provider gets its catalog ({@link Builder#prices}) and, for each {@link Role}, the component that serves
 * the role there: the ones you name ({@link Builder#role(Role, CostComponent...)}, each going to the provider of
 * its {@link CostComponent#cloud()}), or the default mapping ({@link Builder#role(Role)}, {@link #defaults(Role)}):
 * a real-time endpoint is a SageMaker real-time endpoint, a Vertex AI online prediction endpoint or an Azure ML
 * managed online endpoint; serverless is SageMaker Serverless Inference, Cloud Run or Azure Functions; training
 * is a SageMaker training job, Vertex AI custom training or Azure ML compute. A provider-neutral component
 * (no {@code cloud()}) is added on every provider. A role a provider has no component for is a finding
 * ({@link FindingCode#NO_EQUIVALENT}), and so is a GPU endpoint where the serverless options have none.
 *
 * <pre>{@code
 * CrossCloud clouds = CrossCloud.builder().name("B").workload(workload).topology(ModelTopology.shared())
 *     .prices(PriceCatalogs.awsUsEast1()).prices(PriceCatalogs.gcpUsCentral1()).prices(PriceCatalogs.azureEastUs())
 *     .role(CrossCloud.Role.TRAINING).role(CrossCloud.Role.REALTIME_ENDPOINT)
 *     .build();
 * clouds.comparison().toMarkdown();   // one row per provider
 * clouds.chart();                     // stacked bars, SVG
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CrossCloud {
  /** What a component does in the system, whatever the provider. */
  public enum Role {
    /** Retraining the models. */
    TRAINING,
    /** Always-on instances serving online requests. */
    REALTIME_ENDPOINT,
    /** Per-request serving that scales to zero. */
    SERVERLESS
  }

  private final Map<Cloud, CostScenario> scenarios;
  private final List<Finding> findings;

  private CrossCloud(Map<Cloud, CostScenario> scenarios, List<Finding> findings) {
    this.scenarios = scenarios;
    this.findings = List.copyOf(findings);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default components of {@code role}, one per provider, of comparable size: real-time 2 × ml.m5.xlarge,
   * 2 × n1-standard-4, 2 × Standard_DS3_v2 (4 vCPU each); serverless 2 GiB SageMaker Serverless Inference, Cloud
   * Run at 1 vCPU and 2 GiB, Azure Functions at 1.5 GB (the consumption plan's most), 100 ms each; training
   * 30 minutes on ml.m5.xlarge, n1-standard-4 or Standard_DS3_v2, 1.2 runs a month per model.
   */
  public static List<CostComponent> defaults(Role role) {
    Duration tenth = Duration.ofMillis(100);
    switch (role) {
      case TRAINING:
        return List.of(
            RetrainPipeline.builder().addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
                .runsPerMonth(1.2).build(),
            VertexTraining.builder().machineType("n1-standard-4").duration(Duration.ofMinutes(30)).runsPerMonth(1.2)
                .build(),
            AzureMLCompute.builder().vmSize("Standard_DS3_v2").duration(Duration.ofMinutes(30)).runsPerMonth(1.2)
                .build());
      case REALTIME_ENDPOINT:
        return List.of(RealtimeInference.builder().instanceType("ml.m5.xlarge").instanceCount(2).build(),
            VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(2).build(),
            AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2").instanceCount(2).build());
      default:
        return List.of(ServerlessInference.builder().memory(DataSize.ofGibibytes(2)).meanDuration(tenth).build(),
            CloudRun.builder().memory(DataSize.ofGibibytes(2)).meanDuration(tenth).build(),
            AzureFunctions.builder().memory(DataSize.ofMebibytes(1536)).meanDuration(tenth).build());
    }
  }

  /** The providers compared, in {@link Cloud} order. */
  public List<Cloud> clouds() {
    return List.copyOf(scenarios.keySet());
  }

  /** Each provider's scenario, in {@link Cloud} order; named {@code <name> / <provider>}. */
  public Map<Cloud, CostScenario> scenarios() {
    return scenarios;
  }

  /** The estimate of {@code cloud}. */
  public MonthlyEstimate estimate(Cloud cloud) {
    CostScenario scenario = scenarios.get(cloud);
    if (scenario == null) {
      throw new IllegalArgumentException("CrossCloud.cloud must be one of " + scenarios.keySet() + ", but was "
          + cloud + "; add its catalog with prices(...)");
    }
    return scenario.estimate();
  }

  /** Every provider's estimate, in {@link Cloud} order. */
  public List<MonthlyEstimate> estimates() {
    List<MonthlyEstimate> estimates = new ArrayList<>();
    scenarios.values().forEach(scenario -> estimates.add(scenario.estimate()));
    return estimates;
  }

  /** The estimates side by side: one row per provider, by category and total. */
  public Comparison comparison() {
    return Comparison.of(estimates());
  }

  /** The comparison as stacked bars ({@link SvgCharts#stackedBars}). */
  public String chart() {
    return SvgCharts.stackedBars(comparison());
  }

  /** What the comparison cannot show as a cost: roles a provider has no equivalent for, and GPU gaps. */
  public List<Finding> findings() {
    return findings;
  }

  /** The comparison's Markdown table, then the cross-cloud findings. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(comparison().toMarkdown());
    for (Finding finding : findings) {
      text.append("\n").append(finding.severity()).append(' ').append(finding.code()).append(": ")
          .append(finding.message());
    }
    return text.toString();
  }

  /** Builds a {@link CrossCloud}: a name, a workload, a topology, a catalog per provider and the roles. */
  public static final class Builder {
    private String name = "cross-cloud";
    private Workload workload;
    private ModelTopology topology = ModelTopology.shared();
    private final Map<Cloud, PriceCatalog> prices = new EnumMap<>(Cloud.class);
    private final Map<Role, List<CostComponent>> roles = new LinkedHashMap<>();
    private final List<CostComponent> shared = new ArrayList<>();

    Builder() {}

    /** The name every provider's scenario starts with. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The workload every provider serves. */
    public Builder workload(Workload workload) {
      this.workload = workload;
      return this;
    }

    /** The topology of models on every provider; {@code shared()} by default. */
    public Builder topology(ModelTopology topology) {
      this.topology = topology;
      return this;
    }

    /**
     * A provider's catalog; the provider comes from its name ({@code gcp/us-central1}).
     *
     * @throws IllegalArgumentException if the name names no provider, or the provider already has one
     */
    public Builder prices(PriceCatalog catalog) {
      Cloud cloud = Cloud.of(catalog).orElseThrow(() -> new IllegalArgumentException(
          "CrossCloud.prices must be named after its provider (aws/..., gcp/..., azure/...), but was "
              + catalog.name() + "; name your catalog like 'gcp/us-central1'"));
      if (prices.containsKey(cloud)) {
        throw new IllegalArgumentException("CrossCloud.prices must hold one catalog per provider, but " + cloud
            + " has both " + prices.get(cloud).name() + " and " + catalog.name());
      }
      prices.put(cloud, catalog);
      return this;
    }

    /** Serves {@code role} with the default component on each provider ({@link CrossCloud#defaults(Role)}). */
    public Builder role(Role role) {
      return role(role, defaults(role).toArray(new CostComponent[0]));
    }

    /**
     * Serves {@code role} with these components, each on the provider of its {@link CostComponent#cloud()};
     * leave a provider out and the comparison has a finding that it lacks an equivalent.
     */
    public Builder role(Role role, CostComponent... components) {
      roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(List.of(components));
      return this;
    }

    /** A component outside the roles: on its own provider, or on every provider if it has no {@code cloud()}. */
    public Builder component(CostComponent component) {
      shared.add(component);
      return this;
    }

    /**
     * Builds every provider's scenario (each checked as {@link CostScenario} checks it).
     *
     * @throws IllegalArgumentException with no workload, no catalog, or a provider left with no component
     */
    public CrossCloud build() {
      if (workload == null) {
        throw new IllegalArgumentException("CrossCloud.workload must be set, but was missing; call workload(...)");
      }
      if (prices.isEmpty()) {
        throw new IllegalArgumentException("CrossCloud.prices must hold at least one catalog, but was empty;"
            + " add PriceCatalogs.awsUsEast1(), gcpUsCentral1() or azureEastUs()");
      }
      List<Finding> findings = new ArrayList<>();
      Map<Cloud, CostScenario> scenarios = new LinkedHashMap<>();
      for (Map.Entry<Cloud, PriceCatalog> entry : prices.entrySet()) {
        Cloud cloud = entry.getKey();
        List<CostComponent> components = new ArrayList<>();
        roles.forEach((role, served) -> {
          List<CostComponent> here = on(cloud, served);
          if (here.isEmpty()) {
            findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.NO_EQUIVALENT, "CrossCloud",
                cloud + " has no component for the role " + role + " in this comparison, so its total leaves the"
                    + " role out; add one with role(" + role + ", ...) or compare without it"));
          }
          components.addAll(here);
        });
        components.addAll(on(cloud, shared));
        if (components.isEmpty()) {
          throw new IllegalArgumentException("CrossCloud components for " + cloud + " must hold at least one"
              + " component, but was empty; add a role or a component that runs on " + cloud);
        }
        scenarios.put(cloud, CostScenario.builder().name(name + " / " + cloud).prices(entry.getValue())
            .workload(workload).topology(topology).components(components).build());
      }
      boolean gpu = roles.getOrDefault(Role.REALTIME_ENDPOINT, List.of()).stream().anyMatch(Builder::usesGpu);
      if (gpu) {
        findings.add(Finding.of(Finding.Severity.INFO, FindingCode.NO_SERVERLESS_GPU, "CrossCloud",
            "the real-time endpoint uses a GPU, which SageMaker Serverless Inference, Lambda and Azure Functions"
                + " (consumption plan) do not offer: there the GPU model needs an always-on endpoint (Cloud Run"
                + " offers GPUs, which this library does not price)"));
      }
      return new CrossCloud(scenarios, findings);
    }

    private static List<CostComponent> on(Cloud cloud, List<CostComponent> components) {
      List<CostComponent> here = new ArrayList<>();
      for (CostComponent component : components) {
        Optional<Cloud> own = component.cloud();
        if (own.isEmpty() || own.get() == cloud) {
          here.add(component);
        }
      }
      return here;
    }

    static boolean usesGpu(CostComponent component) {
      if (component instanceof VertexOnlinePrediction) {
        return ((VertexOnlinePrediction) component).acceleratorType().isPresent();
      }
      if (component instanceof AzureOnlineEndpoint) {
        // the GPU-accelerated families: NC, ND, NG and NV (learn.microsoft.com, "GPU accelerated VM sizes")
        return ((AzureOnlineEndpoint) component).instanceType().matches("Standard_N[CDGV].*");
      }
      String type = component instanceof RealtimeInference ? ((RealtimeInference) component).instanceType()
          : component instanceof AutoscaledRealtimeInference ? ((AutoscaledRealtimeInference) component).instanceType()
          : component instanceof MultiModelEndpoint ? ((MultiModelEndpoint) component).instanceType()
          : null;
      return type != null && (type.startsWith("ml.g") || type.startsWith("ml.p"));
    }
  }
}
