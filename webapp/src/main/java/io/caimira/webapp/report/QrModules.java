package io.caimira.webapp.report;

import io.nayuki.qrcodegen.QrCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The dark modules of a QR code (qrcodegen, error correction low as upstream) as horizontal runs, for the page's
 * SVG ({@link QrCodeSvg}) and the PDF download (drawn as filled rectangles by the report's script).
 *
 * @param size modules per side, without a quiet zone
 * @param runs {x, y, length} of each maximal run of dark modules of a row, rows top down, left to right
 */
public record QrModules(int size, List<int[]> runs) {

  public static QrModules of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
    List<int[]> runs = new ArrayList<>();
    for (int y = 0; y < qr.size; y++) {
      int x = 0;
      while (x < qr.size) {
        if (!qr.getModule(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < qr.size && qr.getModule(x, y)) {
          x++;
        }
        runs.add(new int[] {start, y, x - start});
      }
    }
    return new QrModules(qr.size, List.copyOf(runs));
  }

  /** {@code {"size": n, "runs": [[x, y, length], …]}}: numbers only, safe inside a script element. */
  public String json() {
    StringBuilder out = new StringBuilder("{\"size\":").append(size).append(",\"runs\":[");
    for (int i = 0; i < runs.size(); i++) {
      int[] r = runs.get(i);
      out.append(i == 0 ? "" : ",").append('[').append(r[0]).append(',').append(r[1]).append(',').append(r[2])
          .append(']');
    }
    return out.append("]}").toString();
  }
}
