package dev.costmodel.core.advisor;


/**
 * What a design must offer beyond its cost. An {@link Option} offers the features its components imply
 * (Model Monitor from a {@code DriftMonitor} of kind {@code MODEL_MONITOR}; a GPU from an {@code ml.g*} or
 * {@code ml.p*} instance; scale to zero from serverless inference, Lambda, an asynchronous endpoint that
 * keeps no idle instance, or a batch transform) and the ones it declares ({@link Option#withFeatures}).
 */
public enum Feature {
  /** SageMaker Model Monitor watches the endpoint. */
  MODEL_MONITOR,
  /** Inference runs on a GPU instance. */
  GPU,
  /** The endpoint runs inside the team's VPC; declare it on the options that do. */
  VPC,
  /** Nothing is billed for serving while no request arrives. */
  SCALE_TO_ZERO
}
