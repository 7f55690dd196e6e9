package io.caimira.webapp.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.report.AlternativeScenarioStats;
import io.caimira.calculator.report.ConditionalProbabilityData;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.ShortRangeInteractions;
import io.caimira.calculator.report.VirusReport;
import io.caimira.model.time.Span;
import io.caimira.webapp.co2.FitSeries;
import java.util.List;
import java.util.Map;

/**
 * The data of the report's plots and CSV export, embedded in the page as compact JSON (6 significant digits): the
 * time grid [h], the CO₂ profile [ppm], per group the concentrations [IRP/m³], the cumulative doses [IRP] (with a
 * leading 0 at the first time, so that every series has one value per time), the presence and short-range
 * intervals [h], the P(I) histogram (density per percentage point and edges in %: never the raw samples) and the
 * conditional probability with, as upstream's uncertainty figure, the sample counts of log10 viral load (150 bins
 * over 2–10) and of P(I) [%] (30 bins over its range); the alternative scenarios' concentrations.
 */
public final class ReportSeries {
  static final int VIRAL_LOAD_BINS = 150;
  static final int PROBABILITY_BINS = 30;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportSeries() {}

  public static ObjectNode of(VirusReport report) {
    return of(report, null, name -> name);
  }

  /**
   * As {@link #of(VirusReport)}, with the measured and fitted CO₂ of a fit ({@code co2Measured}, {@code co2Fitted}:
   * {@code {times, values}}, values null where a bucket had no sample) when {@code fit} is not null.
   */
  public static ObjectNode of(VirusReport report, FitSeries fit,
      java.util.function.UnaryOperator<String> scenarioNames) {
    ObjectNode root = JSON.objectNode();
    root.set("times", array(report.times()));
    root.set("co2", array(report.co2Concentrations()));
    if (fit != null) {
      root.set("co2Measured", fitSeries(fit, fit.measured()));
      root.set("co2Fitted", fitSeries(fit, fit.fitted()));
    }
    ArrayNode groups = root.putArray("groups");
    int index = 0;
    for (Map.Entry<String, GroupReport> e : report.groups().entrySet()) {
      groups.add(group("g" + index++, e.getKey(), e.getValue()));
    }
    ArrayNode alternatives = root.putArray("alternatives");
    if (report.alternativeScenarios() != null) {
      for (Map.Entry<String, AlternativeScenarioStats> e : report.alternativeScenarios().stats().entrySet()) {
        ObjectNode s = alternatives.addObject();
        s.put("name", scenarioNames.apply(e.getKey()));
        s.set("concentrations", array(e.getValue().concentrations()));
      }
    }
    return root;
  }

  private static double[] scaled(double[] values, double factor) {
    if (values == null) {
      return null;
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * factor;
    }
    return out;
  }

  private static ObjectNode fitSeries(FitSeries fit, List<Long> values) {
    ObjectNode out = JSON.objectNode();
    double[] times = new double[fit.size()];
    for (int k = 0; k < times.length; k++) {
      times[k] = fit.time(k);
    }
    out.set("times", array(times));
    ArrayNode v = out.putArray("values");
    values.forEach(x -> {
      if (x == null) {
        v.addNull();
      } else {
        v.add(x);
      }
    });
    return out;
  }

  private static ObjectNode group(String key, String id, GroupReport g) {
    ObjectNode out = JSON.objectNode();
    out.put("key", key);
    out.put("id", id);
    out.set("concentrations", array(g.concentrations()));
    out.set("doses", array(withLeadingZero(g.cumulativeDoses())));
    if (g.longRangeCumulativeDoses() != null) {
      out.set("longRangeDoses", array(withLeadingZero(g.longRangeCumulativeDoses())));
    }
    if (g.concentrationsZoomed() != null) {
      out.set("zoomed", array(g.concentrationsZoomed()));
    }
    out.set("presence", spans(g.exposedPresenceIntervals()));
    ArrayNode sr = out.putArray("shortRange");
    if (g.shortRangeInteractions() != null) {
      for (ShortRangeInteractions i : g.shortRangeInteractions()) {
        ObjectNode o = sr.addObject();
        o.put("expiration", i.expiration());
        o.set("intervals", spans(i.presenceInterval()));
      }
    }
    // P(I) in percent, as the headline shows it: the bin edges ×100 and the density per percentage point ÷100
    ObjectNode hist = out.putObject("histogram");
    hist.set("counts", array(scaled(g.probHistCount(), 0.01)));
    hist.set("bins", array(scaled(g.probHistBins(), 100)));
    out.put("mean", round(g.probInf()));
    ConditionalProbabilityData c = g.conditionalProbabilityData();
    if (c != null) {
      ObjectNode cond = out.putObject("conditional");
      cond.set("viralLoads", array(c.viralLoads()));
      cond.set("means", array(c.piMeans()));
      cond.set("lower", array(c.lowerPercentiles()));
      cond.set("upper", array(c.upperPercentiles()));
      if (c.log10ViralLoads() != null) {
        cond.set("viralLoadHistogram", counts(SampleHistogram.of(c.log10ViralLoads(),
            ConditionalProbabilityData.MIN_LOG10, ConditionalProbabilityData.MAX_LOG10, VIRAL_LOAD_BINS)));
      }
      if (g.probDist() != null) {
        cond.set("probabilityHistogram", counts(SampleHistogram.ofRange(g.probDist(), PROBABILITY_BINS)));
      }
      cond.put("meanPercent", round(g.probInf()));
    }
    return out;
  }

  private static ObjectNode counts(SampleHistogram h) {
    ObjectNode out = JSON.objectNode();
    out.set("edges", array(h.edges()));
    ArrayNode counts = out.putArray("counts");
    for (long c : h.counts()) {
      counts.add(c);
    }
    return out;
  }

  static double[] withLeadingZero(double[] cumulative) {
    double[] out = new double[cumulative.length + 1];
    System.arraycopy(cumulative, 0, out, 1, cumulative.length);
    return out;
  }

  private static ArrayNode spans(List<Span> spans) {
    ArrayNode out = JSON.arrayNode();
    for (Span s : spans) {
      out.addArray().add(round(s.start())).add(round(s.end()));
    }
    return out;
  }

  private static ArrayNode array(double[] values) {
    ArrayNode out = JSON.arrayNode();
    if (values != null) {
      for (double v : values) {
        if (Double.isFinite(v)) {
          out.add(round(v));
        } else {
          out.addNull();
        }
      }
    }
    return out;
  }

  static double round(double v) {
    return SignificantRounding.sixDigits(v);
  }

  /** The JSON text, safe inside a {@code <script type="application/json">} element. */
  public static String embeddable(ObjectNode data) {
    try {
      return MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
