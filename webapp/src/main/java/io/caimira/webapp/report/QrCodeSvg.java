package io.caimira.webapp.report;

/** A QR code drawn as an SVG image (one path of the runs of dark modules), made on the server. */
public final class QrCodeSvg {
  private static final int BORDER = 2;

  private QrCodeSvg() {}

  /**
   * The SVG of the QR code, scaled by the page.
   *
   * @param title accessible name of the image
   */
  public static String of(QrModules qr, String title) {
    int size = qr.size() + 2 * BORDER;
    StringBuilder path = new StringBuilder();
    for (int[] run : qr.runs()) {
      path.append('M').append(run[0] + BORDER).append(',').append(run[1] + BORDER)
          .append('h').append(run[2]).append("v1h-").append(run[2]).append('z');
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" viewBox=\"0 0 " + size + " " + size
        + "\" shape-rendering=\"crispEdges\"><title>" + escape(title) + "</title>"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
