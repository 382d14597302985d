package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.aws.AwsLimits;
import dev.costmodel.api.azure.AzureLimits;
import dev.costmodel.api.gcp.GcpLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of AWS limits is {@link AwsLimits}, row by row: a limit cannot drift from its docs. */
class ReadmeLimitsTest {
  private static final Path README = Path.of("..").toAbsolutePath().normalize().resolve("README.md");

  @Test
  void limitsTable_listsEveryLimitWithItsBound_andWhetherItIsAnErrorOrAQuota() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int at = lines.indexOf("  <!-- limits -->");
    assertThat(at).as("README.md has the marker <!-- limits -->").isNotNegative();
    List<String[]> rows = new ArrayList<>();
    for (int i = at + 3; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
      String row = lines.get(i).strip();
      rows.add(row.substring(1, row.length() - 1).split("\\|"));
    }
    List<ProviderLimit> limits = AwsLimits.all();
    assertThat(rows).hasSize(limits.size());
    for (int i = 0; i < limits.size(); i++) {
      ProviderLimit limit = limits.get(i);
      assertThat(rows.get(i)[0].strip()).isEqualTo(limit.name());
      assertThat(rows.get(i)[1].strip()).isEqualTo(limit.bound());
      assertThat(rows.get(i)[3].strip()).isEqualTo(limit.isAdjustable() ? "finding (quota)" : "error");
    }
  }

  @Test
  void gcpAndAzureLimitsTable_listsEveryLimitWithItsBound() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int at = lines.indexOf("<!-- limits-gcp-azure -->");
    assertThat(at).as("README.md has the marker <!-- limits-gcp-azure -->").isNotNegative();
    List<String[]> rows = new ArrayList<>();
    for (int i = at + 3; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
      String row = lines.get(i).strip();
      rows.add(row.substring(1, row.length() - 1).split("\\|"));
    }
    List<ProviderLimit> limits = new ArrayList<>(GcpLimits.all());
    limits.addAll(AzureLimits.all());
    assertThat(rows).hasSize(limits.size());
    for (int i = 0; i < limits.size(); i++) {
      assertThat(rows.get(i)[0].strip()).isEqualTo(limits.get(i).name());
      assertThat(rows.get(i)[1].strip()).isEqualTo(limits.get(i).bound());
      assertThat(limits.get(i).isAdjustable()).as(limits.get(i).name() + " is an error, not a quota").isFalse();
    }
  }
}
