package dev.costmodel.examples;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Environments;
import dev.costmodel.api.EnvironmentsEstimate;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.core.PriceCatalogs;
import java.util.List;

/**
 * The cloud deployment chapter's environments, priced: its Terraform exercise (a {@code dev.tfvars} of
 * 1 × ml.t3.medium without autoscaling and a {@code prod.tfvars} of 2 × ml.m5.xlarge autoscaling to 10) and
 * its environment table (dev 1 instance, staging 2, production 3 or more with autoscaling).
 *
 * <p>Each environment serves its own workload: production the seed report's 100,000 users × 40 requests;
 * dev and staging their test traffic, so their data processed and data transfer lines are their own.
 *
 * <p>Autoscaling: production runs an {@link AutoscaledRealtimeInference} from its minimum (2 in the exercise,
 * 3 in the table) to 10 instances, sized hour by hour from an assumed 20 requests a second per instance at a
 * 70 % target and 80 % of the traffic in 8 peak hours; at the seed's 4,000,000 requests a month the peak needs
 * one instance, so production stays at its minimum.
 */
public final class EnvironmentCosts {
  /** Production traffic: the seed report's workload (100,000 users × 40 requests, 20 KiB in, 2 KiB out). */
  public static final Workload PRODUCTION = SeedScenarios.WORKLOAD;

  /** Dev traffic: 5 developers × 2,000 test requests a month. */
  public static final Workload DEV_TRAFFIC = Workload.builder().users(5).requestsPerUserPerMonth(2_000)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  /** Staging traffic: 10 QA testers × 10,000 integration-test requests a month. */
  public static final Workload STAGING_TRAFFIC = Workload.builder().users(10).requestsPerUserPerMonth(10_000)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  private EnvironmentCosts() {}

  /** Prints both as Markdown tables. */
  public static void main(String[] args) {
    System.out.println("Terraform exercise (dev.tfvars, prod.tfvars):\n\n" + tfvars().estimate());
    System.out.println("\nEnvironment table (dev, staging, production):\n\n" + table().estimate());
  }

  /** A real-time endpoint of {@code count} always-on instances of {@code type}. */
  public static RealtimeInference endpoint(String type, int count) {
    return RealtimeInference.builder().instanceType(type).instanceCount(count).build();
  }

  /**
   * Production's endpoint: {@code min} to 10 instances of ml.m5.xlarge, autoscaled on an assumed 20 requests a
   * second per instance at a 70 % target, with 80 % of the day's traffic in 8 peak hours.
   */
  public static AutoscaledRealtimeInference autoscaled(int min) {
    return AutoscaledRealtimeInference.builder().instanceType("ml.m5.xlarge").minInstances(min).maxInstances(10)
        .requestsPerSecondPerInstance(20).targetUtilization(0.7).traffic(TrafficProfile.peak(8, 0.8)).build();
  }

  /** The chapter's Terraform exercise: dev.tfvars and prod.tfvars. */
  public static Environments tfvars() {
    // environments:begin
    CostScenario base = CostScenario.builder()                     // main.tf: what every environment has
        .name("sklearn-endpoint").prices(PriceCatalogs.awsUsEast1())
        .workload(EnvironmentCosts.PRODUCTION).topology(ModelTopology.shared())
        .addComponent(EnvironmentCosts.autoscaled(2))               // prod: 2 to 10 instances
        .build();

    Environments environments = Environments.of(base)
        .environment("dev", s -> s                                  // dev.tfvars
            .withWorkload(EnvironmentCosts.DEV_TRAFFIC)             // test traffic, not production's
            .withComponents(List.of(EnvironmentCosts.endpoint("ml.t3.medium", 1))))   // no autoscaling
        .environment("prod", s -> s);                               // prod.tfvars: as main.tf

    EnvironmentsEstimate estimate = environments.estimate();
    // estimate.estimate("dev").total().rounded()    USD 36.50
    // estimate.estimate("prod").total().rounded()   USD 337.14
    // estimate.total().rounded()                    USD 373.65
    // environments:end
    return environments;
  }

  /** The chapter's environment table: dev 1 instance, staging 2, production 3 (the floor of "3+"). */
  public static Environments table() {
    CostScenario base = CostScenario.builder()
        .name("ml-system").prices(PriceCatalogs.awsUsEast1())
        .workload(PRODUCTION).topology(ModelTopology.shared())
        .addComponent(autoscaled(3))
        .addComponent(DataTransferOut.builder().build())
        .build();
    return Environments.of(base)
        .environment("dev", s -> s.withWorkload(DEV_TRAFFIC)
            .withComponents(List.of(endpoint("ml.t3.medium", 1), DataTransferOut.builder().build())))
        .environment("staging", s -> s.withWorkload(STAGING_TRAFFIC)
            .withComponents(List.of(endpoint("ml.m5.xlarge", 2), DataTransferOut.builder().build())))
        .environment("prod", s -> s);
  }
}
