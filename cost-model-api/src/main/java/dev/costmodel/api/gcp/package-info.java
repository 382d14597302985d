/**
 * The Google Cloud components and their formulas: Vertex AI custom training
 * ({@link dev.costmodel.api.gcp.VertexTraining}), online prediction ({@link dev.costmodel.api.gcp.VertexOnlinePrediction})
 * and batch prediction ({@link dev.costmodel.api.gcp.VertexBatchPrediction}), Cloud Run
 * ({@link dev.costmodel.api.gcp.CloudRun}) and Cloud Functions ({@link dev.costmodel.api.gcp.CloudFunctions}), each
 * priced from a Google Cloud catalog ({@code PriceCatalogs.gcpUsCentral1()}), with Google Cloud's limits
 * ({@link dev.costmodel.api.gcp.GcpLimits}) checked when a scenario is built.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@CostModelStyle
package dev.costmodel.api.gcp;

import dev.costmodel.api.internal.CostModelStyle;
import javax.annotation.ParametersAreNonnullByDefault;
