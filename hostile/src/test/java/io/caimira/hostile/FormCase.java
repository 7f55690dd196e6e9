package io.caimira.hostile;

/** A form's fields as posted or linked (a query string), with what was done to them. */
record FormCase(String kind, String query) {
  @Override
  public String toString() {
    return kind + ": " + Attack.preview(query, Attack.PREVIEW) + " (" + query.length() + " chars)";
  }
}
