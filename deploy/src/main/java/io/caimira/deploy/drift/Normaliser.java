package io.caimira.deploy.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes live objects and template-generated objects comparable: drops what the cluster adds or changes on its own
 * (status, server metadata, cluster IPs, defaults of revision history and progress deadline, rollout strategy,
 * image tags, pod-template annotations, service IP-family fields, migration/backup labels, the template label),
 * then sorts maps by key and lists by item name. Works on the generic map form of the objects.
 */
public final class Normaliser {
  private static final List<String> SPEC_DROPPED = List.of("clusterIP", "clusterIPs", "revisionHistoryLimit",
      "progressDeadlineSeconds", "internalTrafficPolicy", "ipFamilies", "ipFamilyPolicy");

  private Normaliser() {}

  /** The normalised copy of one object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> item) {
    Map<String, Object> o = deepCopy(item);
    o.remove("status");
    Map<String, Object> metadata = (Map<String, Object>) o.get("metadata");
    if (metadata != null) {
      metadata.keySet().retainAll(List.of("name", "labels"));
      cleanLabels(metadata);
    }
    Map<String, Object> spec = (Map<String, Object>) o.get("spec");
    if (spec != null) {
      SPEC_DROPPED.forEach(spec::remove);
      if ("Deployment".equals(o.get("kind"))) {
        spec.remove("strategy");
        Map<String, Object> template = (Map<String, Object>) spec.get("template");
        if (template != null) {
          Map<String, Object> templateMeta = (Map<String, Object>) template.get("metadata");
          if (templateMeta != null) {
            templateMeta.remove("creationTimestamp");
            templateMeta.remove("annotations");
            cleanLabels(templateMeta);
          }
          Map<String, Object> pod = (Map<String, Object>) template.get("spec");
          if (pod != null) {
            for (Object c : (List<Object>) pod.getOrDefault("containers", List.of())) {
              ((Map<String, Object>) c).remove("image");
            }
          }
        }
      }
    }
    return (Map<String, Object>) sorted(o);
  }

  /** The normalised objects, in name order. */
  public static List<Map<String, Object>> objects(List<Map<String, Object>> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      out.add(object(item));
    }
    out.sort(Comparator.comparing(Normaliser::sortKey));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void cleanLabels(Map<String, Object> metadata) {
    Map<String, Object> labels = (Map<String, Object>) metadata.get("labels");
    if (labels == null) {
      return;
    }
    labels.keySet().removeIf(k -> k.startsWith("migration.openshift.io") || k.startsWith("velero.io")
        || k.equals("template"));
    if (labels.isEmpty()) {
      metadata.remove("labels");
    }
  }

  @SuppressWarnings("unchecked")
  private static String sortKey(Object item) {
    if (item instanceof Map<?, ?> map) {
      Object kind = map.get("kind");
      Object metadata = map.get("metadata");
      Object name = metadata instanceof Map<?, ?> m ? m.get("name") : map.get("name");
      if (name != null) {
        return (kind == null ? "" : kind + "/") + name;
      }
    }
    return String.valueOf(item);
  }

  @SuppressWarnings("unchecked")
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object v : list) {
        out.add(sorted(v));
      }
      out.sort(Comparator.comparing(Normaliser::sortKey));
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, copy(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      return deepCopy((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copy(x)));
      return out;
    }
    return v;
  }
}
