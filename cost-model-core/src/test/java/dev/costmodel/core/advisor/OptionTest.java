package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.core.SeedFixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an {@link Option} says about itself beyond its cost: the features its components imply (the contract
 * in {@link Feature}'s Javadoc), the redundancy read from an instance-based endpoint, and the messages for bad
 * input, which name the field, the option and the value.
 */
class OptionTest {
  static RealtimeInference realtime(String type, int count) {
    return RealtimeInference.builder().instanceType(type).instanceCount(count).build();
  }

  static AsyncInference async(String type, int count, int min) {
    return AsyncInference.builder().instanceType(type).instanceCount(count).minInstances(min)
        .activeHoursPerMonth(100).build();
  }

  static AutoscaledRealtimeInference autoscaled(String type, int min, int max) {
    return AutoscaledRealtimeInference.builder().instanceType(type).minInstances(min).maxInstances(max)
        .requestsPerSecondPerInstance(10).targetUtilization(0.7).traffic(TrafficProfile.flat()).build();
  }

  static MultiModelEndpoint multiModel(String type, int min) {
    return MultiModelEndpoint.builder().instanceType(type).minInstances(min).modelMemory(DataSize.ofMebibytes(100))
        .modelsKeptWarm(1).build();
  }

  static BatchTransform batch(String type) {
    return BatchTransform.builder().instanceType(type).runDuration(Duration.ofHours(1)).runsPerMonth(4).build();
  }

  static LambdaInference lambda() {
    return LambdaInference.builder().memory(DataSize.ofMebibytes(1024)).meanDuration(Duration.ofMillis(100)).build();
  }

  @Test
  void features_implied_byTheComponents() {
    // Model Monitor from a DriftMonitor of kind MODEL_MONITOR only
    assertThat(Option.of("mm", SeedFixtures.monitor(DriftMonitor.Kind.MODEL_MONITOR)).features())
        .containsExactly(Feature.MODEL_MONITOR);
    assertThat(Option.of("custom", SeedFixtures.monitor(DriftMonitor.Kind.CUSTOM_PROCESSING)).features()).isEmpty();
    // a GPU from ml.g* and ml.p* instances, whichever endpoint runs them; not from ml.c5 / ml.m5
    assertThat(Option.of("g", realtime("ml.g4dn.xlarge", 2)).features()).containsExactly(Feature.GPU);
    assertThat(Option.of("p", realtime("ml.p3.2xlarge", 2)).features()).containsExactly(Feature.GPU);
    assertThat(Option.of("c", realtime("ml.c5.xlarge", 2)).features()).isEmpty();
    assertThat(Option.of("auto", autoscaled("ml.g5.xlarge", 1, 3)).features()).containsExactly(Feature.GPU);
    assertThat(Option.of("auto cpu", autoscaled("ml.m5.large", 1, 3)).features()).isEmpty();
    assertThat(Option.of("mme", multiModel("ml.g4dn.xlarge", 1)).features()).containsExactly(Feature.GPU);
    assertThat(Option.of("mme cpu", multiModel("ml.m5.large", 1)).features()).isEmpty();
    // scale to zero: serverless, Lambda, batch transform, and an asynchronous endpoint keeping no idle instance
    assertThat(Option.of("sls", SeedFixtures.SERVERLESS).features()).containsExactly(Feature.SCALE_TO_ZERO);
    assertThat(Option.of("lambda", lambda()).features()).containsExactly(Feature.SCALE_TO_ZERO);
    assertThat(Option.of("batch", batch("ml.m5.xlarge")).features()).containsExactly(Feature.SCALE_TO_ZERO);
    assertThat(Option.of("batch gpu", batch("ml.g4dn.xlarge")).features())
        .containsExactlyInAnyOrder(Feature.GPU, Feature.SCALE_TO_ZERO);
    assertThat(Option.of("async 0", async("ml.m5.large", 2, 0)).features()).containsExactly(Feature.SCALE_TO_ZERO);
    assertThat(Option.of("async 1", async("ml.m5.large", 2, 1)).features()).isEmpty();
    assertThat(Option.of("async gpu 1", async("ml.g4dn.xlarge", 2, 1)).features()).containsExactly(Feature.GPU);
    // a retraining pipeline implies nothing
    assertThat(Option.of("monthly", SeedFixtures.RETRAIN).features()).isEmpty();
  }

  @Test
  void features_declared_addToTheImpliedOnes_andAccumulate() {
    Option option = Option.of("g", realtime("ml.g4dn.xlarge", 2)).withFeatures(Feature.VPC);
    assertThat(option.features()).containsExactlyInAnyOrder(Feature.GPU, Feature.VPC);
    Option more = option.withFeatures(Feature.SCALE_TO_ZERO);
    assertThat(more.features()).containsExactlyInAnyOrder(Feature.GPU, Feature.VPC, Feature.SCALE_TO_ZERO);
    assertThat(option.features()).containsExactlyInAnyOrder(Feature.GPU, Feature.VPC);   // the copy is new
    assertThat(Option.none("none").withFeatures(Feature.VPC).features()).containsExactly(Feature.VPC);
    assertThat(Option.none("none").features()).isEmpty();
    assertThatThrownBy(() -> option.features().add(Feature.MODEL_MONITOR))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copies_keepEverythingElse() {
    RealtimeInference endpoint = realtime("ml.c5.xlarge", 2);
    Option base = Option.of("rt", endpoint).withLatencyP95(Duration.ofMillis(40)).withFeatures(Feature.VPC)
        .withRedundancy(3).withParallelism(4);
    for (Option copy : List.of(base.withLatencyP95(Duration.ofMillis(40)), base.withFeatures(),
        base.withRedundancy(3), base.withParallelism(4))) {
      assertThat(copy.label()).isEqualTo("rt");
      assertThat(copy.components()).containsExactly(endpoint);
      assertThat(copy.latencyP95()).hasValue(Duration.ofMillis(40));
      assertThat(copy.features()).containsExactly(Feature.VPC);
      assertThat(copy.redundancy()).hasValue(3);
      assertThat(copy.parallelism()).hasValue(4);
      assertThat(copy).hasToString("rt");
    }
    Option plain = Option.of("rt", endpoint);
    assertThat(plain.latencyP95()).isEmpty();
    assertThat(plain.parallelism()).isEmpty();
    assertThat(Option.none("nothing").components()).isEmpty();
  }

  @Test
  void redundancy_declared_orReadFromTheEndpoint() {
    assertThat(Option.of("rt", realtime("ml.c5.xlarge", 3)).redundancy()).hasValue(3);
    assertThat(Option.of("auto", autoscaled("ml.m5.large", 2, 5)).redundancy()).hasValue(2);
    assertThat(Option.of("mme", multiModel("ml.m5.large", 4)).redundancy()).hasValue(4);
    // the first instance-based endpoint decides, whatever comes before it
    assertThat(Option.of("sls + rt", SeedFixtures.SERVERLESS, realtime("ml.c5.xlarge", 2)).redundancy()).hasValue(2);
    // a declared value wins over the endpoint's
    assertThat(Option.of("rt", realtime("ml.c5.xlarge", 3)).withRedundancy(5).redundancy()).hasValue(5);
    // serverless says nothing about instances
    assertThat(Option.of("sls", SeedFixtures.SERVERLESS).redundancy()).isEmpty();
    assertThat(Option.none("nothing").redundancy()).isEmpty();
    assertThat(Option.none("nothing").withRedundancy(1).redundancy()).hasValue(1);
  }

  @Test
  void pipeline_isTheRetrainPipelineAmongTheComponents() {
    assertThat(Option.of("monthly", SeedFixtures.STORAGE, SeedFixtures.RETRAIN).pipeline()).containsSame(
        SeedFixtures.RETRAIN);
    assertThat(Option.of("storage", SeedFixtures.STORAGE).pipeline()).isEmpty();
  }

  @Test
  void labels_inOrder() {
    assertThat(Option.labels(List.of(Option.none("b"), Option.none("a")))).containsExactly("b", "a");
  }

  @Test
  void badInput_messagesNameTheFieldTheOptionAndTheValue() {
    assertThatThrownBy(() -> Option.none(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.label must not be blank, but was ' '");
    assertThatThrownBy(() -> Option.of("empty")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.components of 'empty' must hold at least one component, but was empty; use"
            + " Option.none(label) for a choice that adds nothing");
    Option option = Option.none("x");
    assertThatThrownBy(() -> option.withLatencyP95(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.latencyP95 of 'x' must be > 0 s, but was PT0S");
    assertThatThrownBy(() -> option.withLatencyP95(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.latencyP95 of 'x' must be > 0 s, but was PT-0.001S");
    assertThat(option.withLatencyP95(Duration.ofNanos(1)).latencyP95()).hasValue(Duration.ofNanos(1));
    assertThatThrownBy(() -> option.withRedundancy(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.redundancy of 'x' must be >= 1, but was 0");
    assertThat(option.withRedundancy(1).redundancy()).hasValue(1);
    assertThatThrownBy(() -> option.withParallelism(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option.parallelism of 'x' must be >= 1, but was 0");
    assertThat(option.withParallelism(1).parallelism()).hasValue(1);
  }
}
