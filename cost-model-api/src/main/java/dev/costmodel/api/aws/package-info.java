/**
 * The AWS components and their formulas: SageMaker retraining ({@link dev.costmodel.api.aws.RetrainPipeline}
 * of {@link dev.costmodel.api.aws.JobStep}s), model artifacts in S3
 * ({@link dev.costmodel.api.aws.ModelStorage}), serverless and real-time endpoints
 * ({@link dev.costmodel.api.aws.ServerlessInference}, {@link dev.costmodel.api.aws.RealtimeInference}), the
 * other endpoint options ({@link dev.costmodel.api.aws.AutoscaledRealtimeInference} with its
 * {@link dev.costmodel.api.aws.TrafficProfile}, {@link dev.costmodel.api.aws.MultiModelEndpoint},
 * {@link dev.costmodel.api.aws.AsyncInference}, {@link dev.costmodel.api.aws.BatchTransform}) and drift
 * monitoring ({@link dev.costmodel.api.aws.DriftMonitor}), each priced from a catalog's AWS prices, with
 * AWS's limits ({@link dev.costmodel.api.aws.AwsLimits}) checked when a scenario is built.
 *
 * <p>Other clouds' components get sibling packages of their own; a component whose formula is the same on
 * every cloud belongs beside {@link dev.costmodel.api.CostComponent}.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@CostModelStyle
package dev.costmodel.api.aws;

import dev.costmodel.api.internal.CostModelStyle;
import javax.annotation.ParametersAreNonnullByDefault;
