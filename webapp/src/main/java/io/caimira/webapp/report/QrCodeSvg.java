package io.caimira.webapp.report;

import io.nayuki.qrcodegen.QrCode;

/** A QR code drawn as an SVG image (one path of dark modules), made on the server. */
public final class QrCodeSvg {
  private static final int BORDER = 2;

  private QrCodeSvg() {}

  /**
   * The SVG of {@code text}, error correction low (as upstream), scaled by the page.
   *
   * @param title accessible name of the image
   */
  public static String of(String text, String title) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
    int size = qr.size + 2 * BORDER;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" viewBox=\"0 0 " + size + " " + size
        + "\" shape-rendering=\"crispEdges\"><title>" + escape(title) + "</title>"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
