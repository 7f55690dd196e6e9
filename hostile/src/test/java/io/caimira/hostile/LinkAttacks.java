package io.caimira.hostile;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Links: report links ({@code ?c=}), upstream's short links ({@code /_c/}), compare links. */
abstract class LinkAttacks {
  @Property
  void reportLink(@ForAll("reportCodes") Links.Code code) {
    Hostile.check(Attack.get("report link: " + code.kind(), "/calculator/report?c=" + Codes.enc(code.data())));
  }

  @Property
  void shortLink(@ForAll("shortLinkData") Links.Code code, @ForAll("shortLinkPrefixes") String prefix) {
    Hostile.check(Attack.get("short link: " + code.kind(), prefix + Codes.pathSafe(code.data())));
  }

  @Property
  void compareLink(@ForAll("compareCodes") List<String> codes) {
    Hostile.check(Attack.get("compare link", "/calculator/compare?" + codes.stream()
        .map(c -> "c=" + Codes.enc(c)).collect(Collectors.joining("&"))));
  }

  @Provide
  Arbitrary<Links.Code> reportCodes() {
    return Links.reportCodes();
  }

  @Provide
  Arbitrary<Links.Code> shortLinkData() {
    return Links.shortLinkData();
  }

  @Provide
  Arbitrary<String> shortLinkPrefixes() {
    return Arbitraries.of("/calculator/_c/", "/_c/", "//calculator//_c//");
  }

  /** 1 to 5 scenarios, each a bare code, a report link, a short link or a form link. */
  @Provide
  Arbitrary<List<String>> compareCodes() {
    Arbitrary<String> one = Arbitraries.oneOf(
        Links.reportCodes().map(Links.Code::data),
        Links.reportCodes().map(c -> "http://localhost/calculator/report?c=" + c.data()),
        Links.shortLinkData().map(c -> "http://localhost/_c/" + c.data()),
        Links.hostileFormFields().map(t -> "http://localhost/calculator?" + t.query()));
    return one.list().ofMinSize(1).ofMaxSize(5);
  }
}
