package dev.costmodel.benchmarks;

import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.AwsPriceList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loads a generated AmazonSageMaker offer file of {@code megabytes} MB (500 by default, the size of AWS's
 * real one) for us-east-1, in a JVM of 128 MB heap: the file cannot fit in memory, so the load must stream.
 *
 * <p><b>From disk, not from memory.</b> Before every measured load the page cache is dropped
 * ({@code sync; echo 3 > /proc/sys/vm/drop_caches}), so each load reads the file from the disk as a first load
 * would; this needs root, and a container may refuse it even to root. Each iteration prints whether the drop
 * worked ({@code page cache dropped: yes} or {@code no (why)}), and the heap's peak use during the load
 * (the sum of every heap pool's peak, reset before the load), so the 128 MB bound is shown, not assumed. Add
 * {@code -prof gc} for allocation rates.
 *
 * <p>Run: {@code java -jar cost-model-benchmarks/target/benchmarks.jar AwsPriceListBenchmark}
 * ({@code -p megabytes=50} for a quick look). Target: well under a minute on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m"})
public class AwsPriceListBenchmark {
  private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
      "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1", "ap-northeast-1",
      "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-south-1", "ca-central-1",
      "sa-east-1", "me-south-1", "af-south-1");
  private static final List<String> FAMILIES = List.of("t3", "m5", "m5d", "c5", "c5d", "r5", "r5d", "g4dn", "g5",
      "p3", "p4d", "inf1", "inf2", "trn1", "c6i", "m6i", "r6i", "g6");
  private static final List<String> SIZES = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge",
      "12xlarge", "16xlarge", "24xlarge");

  @Param({"csv", "json"})
  public String format;

  @Param({"500"})
  public int megabytes;

  private Path file;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("AmazonSageMaker-" + megabytes + "MB-", "." + format);
    long bytes = (long) megabytes * 1_000_000L;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (format.equals("csv")) {
        OfferFileWriter.csv(out, bytes, REGIONS, FAMILIES, SIZES);
      } else {
        OfferFileWriter.json(out, bytes, REGIONS, FAMILIES, SIZES);
      }
    }
    checkLoad();
  }

  /** Loads the file once before timing and checks the result, so a broken load cannot pass as a fast one. */
  private void checkLoad() throws IOException {
    int expected = OfferFileWriter.pricesPerRegion(FAMILIES, SIZES);
    int actual = load().prices().size();
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + " us-east-1 prices, but loaded " + actual);
    }
    System.out.printf("%n%s file of %,d bytes: %,d us-east-1 prices%n", format, Files.size(file), actual);
  }

  /** Drops the page cache before each load (root only) and resets the heap pools' peaks. */
  @Setup(Level.Iteration)
  public void coldCache() {
    String dropped;
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
      Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
      dropped = "yes";
    } catch (IOException | RuntimeException e) {
      dropped = "no (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      dropped = "no (interrupted)";
    }
    System.out.printf("%npage cache dropped: %s%n", dropped);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Prints the heap's peak use during the iteration: the sum of every heap pool's peak. */
  @TearDown(Level.Iteration)
  public void peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap during the load: %.1f MB (of a %.0f MB maximum)%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public PriceCatalog load() {
    return AwsPriceList.builder().region("us-east-1").addFile(file).build();
  }
}
