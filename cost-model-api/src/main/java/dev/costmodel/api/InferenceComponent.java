package dev.costmodel.api;


/**
 * A component that serves the workload's inference requests: an endpoint such as {@link dev.costmodel.api.aws.ServerlessInference}
 * or {@link dev.costmodel.api.aws.RealtimeInference}. Each one is priced as serving the whole workload, so a scenario normally holds
 * one; {@link CostScenario} reports a finding when it holds several, and when a {@link dev.costmodel.api.aws.DriftMonitor} has none
 * to watch.
 *
 * <p>Implement it in a component of your own that serves requests, so these checks see it. Implementations
 * must be immutable and thread-safe.
 */
public interface InferenceComponent extends CostComponent {}
