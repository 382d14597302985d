/**
 * Runnable programs that reproduce the seed report and show each feature of costmodel.
 */
@SuppressWarnings("requires-automatic")
module dev.costmodel.examples {
  requires dev.costmodel.core;
  requires static jsr305;

  exports dev.costmodel.examples;
}
