package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.aws.ApiGateway;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceTier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scenario compiled for sampling, line by line, so that every sample is priced on the right side of every
 * tier bound and free allowance, and so that the fast path is used only where no sample can cross one.
 *
 * <p><b>Why this is right by construction.</b> For the built-in components (listed in
 * {@link #MULTILINEAR_COMPONENTS}, each read for it) and the built-in {@link ScenarioInput}s whose
 * {@link ScenarioInput.Shape} is known, a line's <em>quantity</em> is a multilinear polynomial of the varied
 * inputs: a product of factors, each input appearing at most once (models × runs × hours; requests × seconds).
 * A whole-number input is rounded and a Lambda duration rounded up to the millisecond before it enters the
 * polynomial, as the estimate rounds them, so those steps are exact too. A multilinear polynomial is fixed by
 * its values at the 2<sup>k</sup> corners of the k ranges, so the corners' exact estimates give each line's
 * quantity polynomial (Möbius transform). What is not multilinear is then applied per sample, exactly:
 * <ul>
 *   <li>the price's tiers, from {@link Price#tiers()}: a piecewise-linear function of the quantity, a few
 *       comparisons per sample (S3's 50 TB bound, Lambda's tiers, the Scheduler's free first tier);</li>
 *   <li>a free allowance a component subtracts ({@code max(0, q − F)}: Lambda's free tier, data transfer's
 *       100 GB): the quantity before the allowance comes from the same scenario with the allowance off, and
 *       {@code F} from the corners;</li>
 *   <li>a factor on the cost (a managed spot discount), itself multilinear.</li>
 * </ul>
 *
 * <p><b>When the fast path may run.</b> A multilinear polynomial takes its smallest and largest values over a
 * box at corners. So if, for every line, the corner quantities all lie inside one tier (and all on one side of
 * any allowance), no sample in the box crosses a bound, the cost is linear in the quantity there, and the
 * lines fold into one multilinear polynomial per category: {@link #fast()}. Otherwise {@link #fastObstacle()}
 * names the line and the bound its samples cross.
 *
 * <p>A component or input outside that knowledge (your own, an autoscaled endpoint's whole instances, Lambda's
 * provisioned concurrency, a {@code min(groups, users)} inside the ranges) is not compiled: {@link #compile}
 * says why, and {@link MonteCarlo} prices every sample with a full estimate instead.
 */
final class CompiledScenario {
  /** The components whose line quantities are multilinear in every input of known shape. */
  static final Set<Class<? extends CostComponent>> MULTILINEAR_COMPONENTS = Set.of(RetrainPipeline.class,
      ModelStorage.class, ServerlessInference.class, RealtimeInference.class, DriftMonitor.class,
      DataTransferOut.class, RetrainSchedule.class, ApiGateway.class, BatchTransform.class, AsyncInference.class,
      LambdaInference.class);

  private static final MathContext RATIO = MathContext.DECIMAL64;

  private final int inputs;
  private final double[] low;
  private final double[] inverseWidth;
  private final int[] masks;
  private final Line[] lines;
  private final int categories;
  private final boolean[] constantCategory;
  private final double[] constantValue;
  private final MonteCarlo.Polynomial fast;
  private final String fastObstacle;

  private CompiledScenario(double[] low, double[] inverseWidth, int[] masks, Line[] lines, int categories,
      MonteCarlo.Polynomial fast, String fastObstacle) {
    this.inputs = low.length;
    this.low = low;
    this.inverseWidth = inverseWidth;
    this.masks = masks;
    this.lines = lines;
    this.categories = categories;
    this.fast = fast;
    this.fastObstacle = fastObstacle;
    this.constantCategory = new boolean[categories];
    this.constantValue = new double[categories];
    java.util.Arrays.fill(constantCategory, true);
    double[] x = new double[inputs];
    for (int i = 0; i < inputs; i++) {
      x[i] = low[i];
    }
    double[] at = new double[categories];
    priceInto(x, at);
    for (Line line : lines) {
      if (!line.isConstant()) {
        constantCategory[line.category] = false;
      }
    }
    for (int c = 0; c < categories; c++) {
      constantValue[c] = constantCategory[c] ? at[c] : Double.NaN;
    }
  }

  /** The multilinear polynomial of every category, or null when a sample could cross a bound. */
  MonteCarlo.Polynomial fast() {
    return fast;
  }

  /** Why {@link #fast()} is null: the line and the bound crossed; null when it is not. */
  String fastObstacle() {
    return fastObstacle;
  }

  /** True if category {@code c} costs the same in every sample. */
  boolean isConstant(int c) {
    return constantCategory[c];
  }

  /** The value of a constant category. */
  double constant(int c) {
    return constantValue[c];
  }

  /** The billed value of a sampled input: rounded for a whole number, rounded up to the ms for Lambda. */
  static double billed(ScenarioInput input, double value) {
    if (input.shape() == ScenarioInput.Shape.CEIL_MILLIS) {
      long nanos = Math.round(value * 1e6);
      return (double) Math.floorDiv(nanos + 999_999, 1_000_000);
    }
    return input.isWholeNumber() ? Math.rint(value) : value;
  }

  /** The compiled scenario, or the reason it cannot be compiled. */
  static final class Outcome {
    final CompiledScenario compiled;
    final String reason;

    private Outcome(CompiledScenario compiled, String reason) {
      this.compiled = compiled;
      this.reason = reason;
    }
  }

  /** Compiles {@code scenario} over the ranges, or says why it cannot. */
  static Outcome compile(CostScenario scenario, List<ScenarioInput> inputs, List<TriangularRange> ranges,
      List<CostCategory> categories) {
    int k = inputs.size();
    for (ScenarioInput input : inputs) {
      if (input.shape() == ScenarioInput.Shape.UNKNOWN) {
        return failed("input " + input.name() + " is not known to enter the quantities multilinearly");
      }
    }
    for (CostComponent component : scenario.components()) {
      if (!MULTILINEAR_COMPONENTS.contains(component.getClass().getSuperclass())
          && !MULTILINEAR_COMPONENTS.contains(component.getClass())) {
        return failed("component " + component.name() + " (" + component.getClass().getSimpleName()
            + ") is not known to have multilinear quantities");
      }
      if (component instanceof LambdaInference && ((LambdaInference) component).provisionedConcurrency() > 0
          && ((LambdaInference) component).provisionedHoursPerDay().signum() > 0) {
        return failed("Lambda provisioned concurrency serves min(requests, capacity)");
      }
    }
    double[] low = new double[k];
    double[] high = new double[k];
    double[] inverseWidth = new double[k];
    for (int i = 0; i < k; i++) {
      low[i] = billed(inputs.get(i), ranges.get(i).min().doubleValue());
      high[i] = billed(inputs.get(i), ranges.get(i).max().doubleValue());
      inverseWidth[i] = high[i] > low[i] ? 1 / (high[i] - low[i]) : 0;
    }
    String topology = topologyHinge(scenario, inputs, low, high);
    if (topology != null) {
      return failed(topology);
    }
    int corners = 1 << k;
    List<List<LineItem>> at = cornerLines(scenario, inputs, low, high);
    CostScenario withoutAllowances = withoutAllowances(scenario);
    List<List<LineItem>> before = withoutAllowances == scenario ? at
        : cornerLines(withoutAllowances, inputs, low, high);
    int count = at.get(0).size();
    for (int corner = 0; corner < corners; corner++) {
      if (at.get(corner).size() != count || before.get(corner).size() != count) {
        return failed("the scenario has " + count + " lines at the lowest corner but " + at.get(corner).size()
            + " at another");
      }
    }
    Line[] lines = new Line[count];
    List<Integer> used = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      LineItem first = at.get(0).get(l);
      if (first.price().isEmpty()) {
        return failed("line " + first.description() + " has no catalog price");
      }
      Price price = first.price().orElseThrow();
      int category = categories.indexOf(first.category());
      if (category < 0) {
        return failed("line " + first.description() + " is in a category the scenario's estimate does not have");
      }
      double[] q = new double[corners];
      double[] g = new double[corners];
      double[] factor = new double[corners];
      boolean hinged = false;
      BigDecimal allowance = null;
      double knownFactor = Double.NaN;
      boolean factorVaries = false;
      for (int corner = 0; corner < corners; corner++) {
        LineItem item = at.get(corner).get(l);
        LineItem unfree = before.get(corner).get(l);
        if (!item.component().equals(first.component()) || item.category() != first.category()
            || !item.price().equals(first.price()) || !unfree.price().equals(first.price())) {
          return failed("line " + first.description() + " changes its price or place between corners");
        }
        BigDecimal quantity = item.quantity();
        q[corner] = quantity.doubleValue();
        g[corner] = unfree.quantity().doubleValue();
        if (unfree.quantity().compareTo(quantity) != 0) {
          hinged = true;
          if (quantity.signum() > 0) {
            BigDecimal free = unfree.quantity().subtract(quantity);
            if (allowance != null && allowance.compareTo(free) != 0) {
              return failed("line " + first.description() + " subtracts different allowances at two corners");
            }
            allowance = free;
          }
        }
        BigDecimal tiered = price.costOf(quantity).amount();
        BigDecimal cost = item.cost().amount();
        if (tiered.signum() == 0) {
          if (cost.signum() != 0) {
            return failed("line " + first.description() + " costs more than its price's tiers give");
          }
          factor[corner] = Double.NaN;
        } else {
          factor[corner] = cost.divide(tiered, RATIO).doubleValue();
          if (!Double.isNaN(knownFactor) && knownFactor != factor[corner]) {
            factorVaries = true;
          }
          knownFactor = factor[corner];
        }
      }
      // a factor is unknown only where the cost is zero; there any value prices it right, but a varying
      // factor must be known at every corner to be a polynomial
      for (int corner = 0; corner < corners; corner++) {
        if (Double.isNaN(factor[corner])) {
          if (factorVaries) {
            return failed("line " + first.description() + " has a cost factor that varies and is unknown where"
                + " the cost is zero");
          }
          factor[corner] = Double.isNaN(knownFactor) ? 1 : knownFactor;
        }
      }
      double free = Double.NaN;
      double[] quantity = q;
      if (hinged) {
        if (allowance == null) {
          // zero at every corner: the quantity before the allowance is at most F at every corner, so at most
          // F everywhere in the box (a multilinear function's maximum is at a corner): zero throughout
          quantity = new double[corners];
        } else {
          free = allowance.doubleValue();
          for (int corner = 0; corner < corners; corner++) {
            if (q[corner] == 0 && g[corner] > free) {
              return failed("line " + first.description() + " is zero above its allowance");
            }
          }
          quantity = g;
        }
      }
      lines[l] = Line.of(category, mobius(quantity.clone(), k), free, price, mobius(factor, k), used);
    }
    int[] masks = used.stream().mapToInt(Integer::intValue).toArray();
    for (Line line : lines) {
      line.index(used);
    }
    String obstacle = null;
    double[][] dense = new double[categories.size()][corners];
    for (int l = 0; l < count && obstacle == null; l++) {
      obstacle = lines[l].foldInto(dense[lines[l].category], at, l, corners);
    }
    MonteCarlo.Polynomial fast = obstacle == null ? MonteCarlo.Polynomial.of(low, inverseWidth, dense) : null;
    return new Outcome(new CompiledScenario(low, inverseWidth, masks, lines, categories.size(), fast, obstacle),
        null);
  }

  private static Outcome failed(String reason) {
    return new Outcome(null, reason);
  }

  /** A perGroup topology's model count is min(groups, users): a bend unless one side wins in the whole box. */
  private static String topologyHinge(CostScenario scenario, List<ScenarioInput> inputs, double[] low,
      double[] high) {
    ModelTopology topology = scenario.topology();
    double groupsLow = topology.groups();
    double groupsHigh = topology.groups();
    double usersLow = scenario.workload().users();
    double usersHigh = usersLow;
    boolean grouped = topology.kind() == ModelTopology.Kind.PER_GROUP;
    for (int i = 0; i < inputs.size(); i++) {
      String name = inputs.get(i).name();
      if (name.equals(ScenarioInput.modelGroups().name())) {
        grouped = true;
        groupsLow = low[i];
        groupsHigh = high[i];
      } else if (name.equals(ScenarioInput.users().name())) {
        usersLow = low[i];
        usersHigh = high[i];
      }
    }
    if (grouped && groupsLow < usersHigh && usersLow < groupsHigh) {
      return "the model count min(groups, users) bends inside the ranges";
    }
    return null;
  }

  /** The same scenario with every free allowance a component subtracts turned off. */
  private static CostScenario withoutAllowances(CostScenario scenario) {
    boolean any = false;
    List<CostComponent> components = new ArrayList<>();
    for (CostComponent component : scenario.components()) {
      if (component instanceof LambdaInference && ((LambdaInference) component).freeTier()) {
        components.add(LambdaInference.builder().from((LambdaInference) component).freeTier(false).build());
        any = true;
      } else if (component instanceof DataTransferOut && ((DataTransferOut) component).freeAllowance()) {
        components.add(((DataTransferOut) component).withFreeAllowance(false));
        any = true;
      } else {
        components.add(component);
      }
    }
    return any ? scenario.withComponents(components) : scenario;
  }

  /**
   * The lines of the scenario at every corner: corner 0 has every input at its lowest billed value; every other
   * is its parent (the same mask without its highest bit) with one more input at its highest.
   */
  private static List<List<LineItem>> cornerLines(CostScenario scenario, List<ScenarioInput> inputs, double[] low,
      double[] high) {
    int k = inputs.size();
    int corners = 1 << k;
    CostScenario[] scenarios = new CostScenario[corners];
    CostScenario lowest = scenario;
    for (int i = 0; i < k; i++) {
      lowest = inputs.get(i).apply(lowest, BigDecimal.valueOf(low[i]));
    }
    scenarios[0] = lowest;
    List<List<LineItem>> lines = new ArrayList<>(corners);
    for (int mask = 0; mask < corners; mask++) {
      if (mask > 0) {
        int top = 31 - Integer.numberOfLeadingZeros(mask);
        CostScenario parent = scenarios[mask ^ (1 << top)];
        scenarios[mask] = high[top] == low[top] ? parent
            : inputs.get(top).apply(parent, BigDecimal.valueOf(high[top]));
      }
      PricingContext context = scenarios[mask].context();
      List<LineItem> items = new ArrayList<>();
      for (CostComponent component : scenarios[mask].components()) {
        items.addAll(component.lineItems(context));
      }
      lines.add(items);
    }
    return lines;
  }

  /** In place: values at the corners to the coefficients of the monomials {@code prod_{i in mask} t_i}. */
  static double[] mobius(double[] f, int k) {
    int corners = f.length;
    for (int i = 0; i < k; i++) {
      for (int mask = 0; mask < corners; mask++) {
        if ((mask & (1 << i)) != 0) {
          f[mask] -= f[mask ^ (1 << i)];
        }
      }
    }
    double scale = 0;
    for (double value : f) {
      scale = Math.max(scale, Math.abs(value));
    }
    double negligible = Math.max(scale, 1e-300) * 1e-13;
    for (int mask = 0; mask < corners; mask++) {
      if (Math.abs(f[mask]) <= negligible) {
        f[mask] = 0;
      }
    }
    return f;
  }

  /** Prices one (billed) point into {@code out}, one value per category. */
  void priceInto(double[] x, double[] out) {
    Block block = block(1);
    double[][] columns = new double[inputs][1];
    for (int i = 0; i < inputs; i++) {
      columns[i][0] = x[i];
    }
    double[][] rows = new double[categories + 1][1];
    block.evaluate(columns, 1, rows, 0, false);
    for (int c = 0; c < categories; c++) {
      out[c] = rows[c][0];
    }
  }

  /** A block evaluator with its own scratch arrays; one per thread. */
  Block block(int size) {
    return new Block(size);
  }

  /**
   * Prices a block of samples line by line: the monomials once per block, then each line's quantity, its
   * allowance, its tiers and its factor, added to its category's row, array by array.
   */
  final class Block {
    private final double[][] t;
    private final double[][] products;
    private final double[] quantity;
    private final double[] factor;

    private Block(int size) {
      t = new double[inputs][size];
      products = new double[masks.length][size];
      quantity = new double[size];
      factor = new double[size];
    }

    /**
     * Prices samples {@code x[i][0..n)} into {@code values[c][offset..]} and their sum into the last row. With
     * {@code skipConstant}, a constant category's row (one slot) is not written, only added to the total.
     */
    void evaluate(double[][] x, int n, double[][] values, int offset, boolean skipConstant) {
      Monomials.fill(x, n, low, inverseWidth, masks, t, products);
      double[] total = values[categories];
      java.util.Arrays.fill(total, offset, offset + n, 0);
      for (int c = 0; c < categories; c++) {
        if (constantCategory[c] && skipConstant) {
          double value = constantValue[c];
          values[c][0] = value;
          for (int j = 0; j < n; j++) {
            total[offset + j] += value;
          }
        } else {
          java.util.Arrays.fill(values[c], offset, offset + n, 0);
        }
      }
      for (Line line : lines) {
        if (skipConstant && constantCategory[line.category]) {
          continue;
        }
        line.evaluate(products, n, quantity, factor);
        double[] row = values[line.category];
        for (int j = 0; j < n; j++) {
          row[offset + j] += quantity[j];
        }
      }
      for (int c = 0; c < categories; c++) {
        if (constantCategory[c] && skipConstant) {
          continue;
        }
        double[] row = values[c];
        for (int j = 0; j < n; j++) {
          total[offset + j] += row[offset + j];
        }
      }
    }
  }

  /** One line: its quantity polynomial, allowance, tiers and cost factor. */
  static final class Line {
    final int category;
    private final double[] quantityDense;
    private final double[] factorDense;
    private final double allowance;
    private final double[] starts;
    private final double[] rates;
    private final double[] bases;
    private final String description;
    private double quantityConstant;
    private int[] quantityTerms;
    private double[] quantityWeights;
    private double factorConstant;
    private int[] factorTerms;
    private double[] factorWeights;

    private Line(int category, double[] quantityDense, double allowance, Price price, double[] factorDense) {
      this.category = category;
      this.quantityDense = quantityDense;
      this.factorDense = factorDense;
      this.allowance = allowance;
      List<PriceTier> tiers = price.tiers();
      this.starts = new double[tiers.size()];
      this.rates = new double[tiers.size()];
      this.bases = new double[tiers.size()];
      BigDecimal base = BigDecimal.ZERO;
      for (int i = 0; i < tiers.size(); i++) {
        PriceTier tier = tiers.get(i);
        starts[i] = tier.start().doubleValue();
        rates[i] = tier.rate().price().amount().doubleValue();
        bases[i] = base.doubleValue();
        if (tier.end().isPresent()) {
          base = base.add(tier.rate().price().amount().multiply(tier.end().orElseThrow().subtract(tier.start())));
        }
      }
      this.description = price.key().toString();
    }

    static Line of(int category, double[] quantity, double allowance, Price price, double[] factor,
        List<Integer> used) {
      for (double[] dense : List.of(quantity, factor)) {
        for (int mask = 1; mask < dense.length; mask++) {
          if (dense[mask] != 0 && !used.contains(mask)) {
            used.add(mask);
          }
        }
      }
      return new Line(category, quantity, allowance, price, factor);
    }

    void index(List<Integer> used) {
      quantityConstant = quantityDense[0];
      factorConstant = factorDense[0];
      quantityTerms = terms(quantityDense, used);
      quantityWeights = weights(quantityDense, quantityTerms, used);
      factorTerms = terms(factorDense, used);
      factorWeights = weights(factorDense, factorTerms, used);
    }

    private static int[] terms(double[] dense, List<Integer> used) {
      List<Integer> index = new ArrayList<>();
      for (int mask = 1; mask < dense.length; mask++) {
        if (dense[mask] != 0) {
          index.add(used.indexOf(mask));
        }
      }
      return index.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] weights(double[] dense, int[] terms, List<Integer> used) {
      double[] weights = new double[terms.length];
      for (int i = 0; i < terms.length; i++) {
        weights[i] = dense[used.get(terms[i])];
      }
      return weights;
    }

    boolean isConstant() {
      return quantityTerms.length == 0 && factorTerms.length == 0;
    }

    /** The exact cost of {@code n} samples into {@code out}, using {@code factor} as scratch. */
    void evaluate(double[][] products, int n, double[] out, double[] factor) {
      java.util.Arrays.fill(out, 0, n, quantityConstant);
      for (int term = 0; term < quantityTerms.length; term++) {
        double w = quantityWeights[term];
        double[] product = products[quantityTerms[term]];
        for (int j = 0; j < n; j++) {
          out[j] += w * product[j];
        }
      }
      if (!Double.isNaN(allowance)) {
        double free = allowance;
        for (int j = 0; j < n; j++) {
          out[j] = Math.max(0, out[j] - free);
        }
      }
      if (starts.length == 1) {
        double rate = rates[0];
        for (int j = 0; j < n; j++) {
          out[j] *= rate;
        }
      } else {
        int last = starts.length - 1;
        for (int j = 0; j < n; j++) {
          double q = out[j];
          int p = 0;
          while (p < last && q >= starts[p + 1]) {
            p++;
          }
          out[j] = bases[p] + rates[p] * (q - starts[p]);
        }
      }
      if (factorTerms.length == 0) {
        if (factorConstant != 1) {
          double f = factorConstant;
          for (int j = 0; j < n; j++) {
            out[j] *= f;
          }
        }
        return;
      }
      java.util.Arrays.fill(factor, 0, n, factorConstant);
      for (int term = 0; term < factorTerms.length; term++) {
        double w = factorWeights[term];
        double[] product = products[factorTerms[term]];
        for (int j = 0; j < n; j++) {
          factor[j] += w * product[j];
        }
      }
      for (int j = 0; j < n; j++) {
        out[j] *= factor[j];
      }
    }

    /**
     * Adds this line's cost, as a multilinear polynomial, to {@code dense}; or returns why it is not one: the
     * corner quantities straddle a tier bound or the allowance, or the factor and the quantity share an input.
     */
    String foldInto(double[] dense, List<List<LineItem>> at, int l, int corners) {
      String name = at.get(0).get(l).description();
      double[] q = quantityDense.clone();
      // back to corner values to find the range the box spans
      for (int i = 0; (1 << i) < corners; i++) {
        for (int mask = 0; mask < corners; mask++) {
          if ((mask & (1 << i)) != 0) {
            q[mask] += q[mask ^ (1 << i)];
          }
        }
      }
      double lowest = Double.POSITIVE_INFINITY;
      double highest = Double.NEGATIVE_INFINITY;
      for (double value : q) {
        lowest = Math.min(lowest, value);
        highest = Math.max(highest, value);
      }
      double shift = 0;
      boolean zero = false;
      if (!Double.isNaN(allowance)) {
        if (lowest < allowance && highest > allowance) {
          return "line '" + name + "' crosses its free allowance of " + Formats.number(BigDecimal.valueOf(allowance))
              + " (from " + Formats.number(BigDecimal.valueOf(lowest)) + " to "
              + Formats.number(BigDecimal.valueOf(highest)) + " before it)";
        }
        zero = highest <= allowance;
        shift = allowance;
        lowest -= shift;
        highest -= shift;
      }
      int piece = 0;
      while (piece + 1 < starts.length && lowest >= starts[piece + 1]) {
        piece++;
      }
      if (!zero && piece + 1 < starts.length && highest > starts[piece + 1]) {
        return "line '" + name + "' (" + description + ") crosses the tier bound at "
            + Formats.number(BigDecimal.valueOf(starts[piece + 1])) + " (its quantity goes from "
            + Formats.number(BigDecimal.valueOf(Math.max(lowest, 0))) + " to "
            + Formats.number(BigDecimal.valueOf(highest)) + ")";
      }
      // cost = factor × (intercept + rate × (q − shift)) inside the piece
      double rate = zero ? 0 : rates[piece];
      double intercept = zero ? 0 : bases[piece] - rates[piece] * starts[piece] - rate * shift;
      double[] cost = new double[corners];
      for (int mask = 0; mask < corners; mask++) {
        cost[mask] = rate * quantityDense[mask];
      }
      cost[0] += intercept;
      for (int a = 0; a < corners; a++) {
        if (factorDense[a] == 0) {
          continue;
        }
        for (int b = 0; b < corners; b++) {
          if (cost[b] == 0) {
            continue;
          }
          if ((a & b) != 0) {
            return "line '" + name + "' has a cost factor and a quantity that share an input";
          }
          dense[a | b] += factorDense[a] * cost[b];
        }
      }
      return null;
    }
  }

  /** The estimate of {@code scenario} with each input set to {@code x[i]}, through the full object model. */
  static MonthlyEstimate estimate(CostScenario scenario, List<ScenarioInput> inputs, double[] x) {
    CostScenario varied = scenario;
    for (int i = 0; i < x.length; i++) {
      varied = inputs.get(i).apply(varied, BigDecimal.valueOf(x[i]));
    }
    return varied.estimate();
  }
}
