package io.caimira.deploy.drift;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes live objects and template-generated objects comparable, on their generic map form:
 *
 * <ol>
 *   <li>drops what only the server keeps ({@link ServerDefaults#SERVER_OWNED}), the migration/backup labels and
 *       the {@code template} label, the replicas of a Deployment an autoscaler drives, and image tags unless they
 *       are to be compared (the operator named the tag);
 *   <li>pairs each live object with the expected one of the same kind and name, and drops from the live one the
 *       fields the template does not set that the server fills in ({@link ServerDefaults#DEFAULTS}, the server's
 *       annotations): any other field the template lacks stays, and shows as drift;
 *   <li>sorts maps by key and lists by item name.
 * </ol>
 */
public final class Normaliser {
  private final Set<String> autoscaled;
  private final boolean compareImageTags;

  /**
   * @param autoscaled the names of the Deployments a HorizontalPodAutoscaler targets (their replicas are ignored)
   * @param compareImageTags whether container images are compared with their tags (else only without)
   */
  public Normaliser(Set<String> autoscaled, boolean compareImageTags) {
    this.autoscaled = Set.copyOf(autoscaled);
    this.compareImageTags = compareImageTags;
  }

  /** Normalised actual and expected objects, each list in kind/name order. */
  public record Pair(List<Map<String, Object>> actual, List<Map<String, Object>> expected) {}

  /** The names of the Deployments that the autoscalers among {@code items} target. */
  @SuppressWarnings("unchecked")
  public static Set<String> autoscaledDeployments(Collection<Map<String, Object>> items) {
    Set<String> out = new LinkedHashSet<>();
    for (Map<String, Object> item : items) {
      if ("HorizontalPodAutoscaler".equals(item.get("kind")) && item.get("spec") instanceof Map<?, ?> spec
          && spec.get("scaleTargetRef") instanceof Map<?, ?> target && "Deployment".equals(target.get("kind"))) {
        out.add(String.valueOf(target.get("name")));
      }
    }
    return out;
  }

  public Pair normalise(List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
    Map<String, Map<String, Object>> byName = new HashMap<>();
    List<Map<String, Object>> e = new ArrayList<>();
    for (Map<String, Object> item : expected) {
      Map<String, Object> clean = clean(item);
      byName.put(sortKey(clean), clean);
      e.add(clean);
    }
    List<Map<String, Object>> a = new ArrayList<>();
    for (Map<String, Object> item : actual) {
      Map<String, Object> clean = clean(item);
      Map<String, Object> match = byName.get(sortKey(clean));
      if (match != null) {
        prune(String.valueOf(clean.get("kind")), clean, match, "");
      }
      a.add(clean);
    }
    return new Pair(sortedList(a), sortedList(e));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> clean(Map<String, Object> item) {
    Map<String, Object> o = (Map<String, Object>) copy(item);
    ServerDefaults.SERVER_OWNED.forEach(path -> remove(o, path.split("\\.")));
    Object kind = o.get("kind");
    cleanLabels(o.get("metadata"));
    if ("Deployment".equals(kind) && o.get("spec") instanceof Map<?, ?> spec) {
      if (o.get("metadata") instanceof Map<?, ?> m && autoscaled.contains(String.valueOf(m.get("name")))) {
        spec.remove("replicas");
      }
      if (spec.get("template") instanceof Map<?, ?> template) {
        cleanLabels(template.get("metadata"));
        if (template.get("spec") instanceof Map<?, ?> pod && !compareImageTags) {
          for (Object c : (List<Object>) ((Map<String, Object>) pod).getOrDefault("containers", List.of())) {
            Map<String, Object> container = (Map<String, Object>) c;
            if (container.get("image") instanceof String image) {
              container.put("image", withoutTag(image));
            }
          }
        }
      }
    }
    return o;
  }

  /** The image reference without its tag and digest: {@code reg:5000/a/b:1.2@sha256:…} → {@code reg:5000/a/b}. */
  static String withoutTag(String image) {
    String s = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = s.lastIndexOf(':');
    return colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
  }

  /** Drops from {@code live} the server-filled fields that {@code expected} does not have. */
  @SuppressWarnings("unchecked")
  private static void prune(String kind, Map<String, Object> live, Map<String, Object> expected, String path) {
    for (Iterator<Map.Entry<String, Object>> it = live.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Object> entry = it.next();
      String key = entry.getKey();
      String child = path.isEmpty() ? key : path + "." + key;
      Object value = entry.getValue();
      Object wanted = expected.get(key);
      if (key.equals("annotations") && value instanceof Map<?, ?> annotations) {
        Map<?, ?> kept = wanted instanceof Map<?, ?> w ? w : Map.of();
        annotations.keySet().removeIf(k -> !kept.containsKey(k) && ServerDefaults.isServerAnnotation((String) k));
        if (annotations.isEmpty() && wanted == null) {
          it.remove();
        }
      } else if (!expected.containsKey(key)) {
        if (ServerDefaults.isDefault(kind, child)) {
          it.remove();
        }
      } else if (value instanceof Map<?, ?> m && wanted instanceof Map<?, ?> w) {
        prune(kind, (Map<String, Object>) m, (Map<String, Object>) w, child);
      } else if (value instanceof List<?> l && wanted instanceof List<?> w) {
        for (int i = 0; i < l.size(); i++) {
          if (l.get(i) instanceof Map<?, ?> item) {
            Map<String, Object> match = matching((Map<String, Object>) item, (List<Object>) w, i);
            if (match != null) {
              prune(kind, (Map<String, Object>) item, match, child + "[]");
            }
          }
        }
      }
    }
  }

  /** The item of {@code list} with the same name (else port, else position) as {@code item}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> matching(Map<String, Object> item, List<Object> list, int index) {
    for (String id : new String[] {"name", "containerPort", "port"}) {
      if (item.containsKey(id)) {
        for (Object other : list) {
          if (other instanceof Map<?, ?> m && item.get(id).equals(m.get(id))) {
            return (Map<String, Object>) m;
          }
        }
        return null;
      }
    }
    return index < list.size() && list.get(index) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static void remove(Map<?, ?> map, String[] path) {
    Object at = map;
    for (int i = 0; i < path.length - 1 && at instanceof Map<?, ?> m; i++) {
      at = m.get(path[i]);
    }
    if (at instanceof Map<?, ?> m) {
      m.remove(path[path.length - 1]);
    }
  }

  @SuppressWarnings("unchecked")
  private static void cleanLabels(Object metadata) {
    if (!(metadata instanceof Map<?, ?> m) || !(m.get("labels") instanceof Map<?, ?> labels)) {
      return;
    }
    ((Map<String, Object>) labels).keySet().removeIf(k -> k.startsWith("migration.openshift.io")
        || k.startsWith("velero.io") || k.equals("template"));
    if (labels.isEmpty()) {
      m.remove("labels");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> sortedList(List<Map<String, Object>> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    items.forEach(i -> out.add((Map<String, Object>) sorted(i)));
    out.sort(Comparator.comparing(Normaliser::sortKey));
    return out;
  }

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

  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(sorted(v)));
      out.sort(Comparator.comparing(Normaliser::sortKey));
      return out;
    }
    return value;
  }

  private static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), copy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copy(x)));
      return out;
    }
    return v;
  }
}
