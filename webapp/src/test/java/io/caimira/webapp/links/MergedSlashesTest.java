package io.caimira.webapp.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.webapp.form.LinkCodec;
import org.junit.jupiter.api.Test;

/** Upstream-style short links whose "//" were merged by a server or proxy decode again. */
class MergedSlashesTest {

  /** The first query of a family whose standard Base64 holds "//" (the 128 718th, found in about a second). */
  private static String queryWhoseDataHoldsADoubleSlash() {
    for (int i = 0; i < 1_000_000; i++) {
      String query = "simulation_name=Office+" + i + "&room_volume=" + (60 + i) + "&total_people=" + (i % 97);
      if (LinkCodec.encodeStandard(query).contains("//")) {
        return query;
      }
    }
    throw new AssertionError("no data with a double slash in the family searched");
  }

  @Test
  void oneMergedDoubleSlashIsPutBack() {
    String query = queryWhoseDataHoldsADoubleSlash();
    String merged = LinkCodec.encodeStandard(query).replace("//", "/");
    assertThatThrownBy(() -> LinkCodec.decode(merged)).isInstanceOf(IllegalArgumentException.class);
    assertThat(MergedSlashes.decode(merged)).isEqualTo(query);
  }

  @Test
  void intactAndUrlSafeLinksDecodeAsBefore() {
    String query = queryWhoseDataHoldsADoubleSlash();
    assertThat(MergedSlashes.decode(LinkCodec.encodeStandard(query))).isEqualTo(query);
    assertThat(MergedSlashes.decode(LinkCodec.encodeZlib(query))).isEqualTo(query);
  }

  @Test
  void truncatedDataAreStillRefused() {
    String data = LinkCodec.encodeStandard(queryWhoseDataHoldsADoubleSlash());
    assertThatThrownBy(() -> MergedSlashes.decode(data.substring(0, data.length() - 9)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
