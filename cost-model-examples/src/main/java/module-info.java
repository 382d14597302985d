/**
 * Runnable programs that reproduce the seed report and show each feature of costmodel.
 */
module dev.costmodel.examples {
  requires dev.costmodel.core;

  exports dev.costmodel.examples;
}
