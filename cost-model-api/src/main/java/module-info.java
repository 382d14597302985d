/**
 * The costmodel vocabulary: units, workload, topology, components, scenario and estimate.
 *
 * <p>This module has no runtime dependencies. Immutables and jsr305 are compile-time only.
 */
@SuppressWarnings({"requires-automatic", "module"})
module dev.costmodel.api {
  requires static org.immutables.value.annotations;

  exports dev.costmodel.api;
  exports dev.costmodel.api.price;
  exports dev.costmodel.api.aws;
  exports dev.costmodel.api.gcp;
  exports dev.costmodel.api.azure;
  exports dev.costmodel.api.internal to
      dev.costmodel.core;
}
