/**
 * What makes costmodel practical: bundled, dated, sourced price catalogs and reports.
 */
module dev.costmodel.core {
  requires transitive dev.costmodel.api;

  exports dev.costmodel.core;
  exports dev.costmodel.core.report;
  exports dev.costmodel.core.analysis;
  exports dev.costmodel.core.chart;
  exports dev.costmodel.core.advisor;
}
