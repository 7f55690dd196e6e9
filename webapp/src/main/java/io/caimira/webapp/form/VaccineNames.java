package io.caimira.webapp.form;

import java.util.Locale;

/**
 * The vaccine options in the page's language: trade names stay, the words around them are translated ("and", "or",
 * "any mRNA – heterologous", "4th dose", "Other"). Templates write
 * {@code {inject:formChoices.vaccineLabel(o.label, lang)}}.
 */
public final class VaccineNames {
  private VaccineNames() {}

  /** The label in the locale's language (English labels unchanged). */
  public static String localized(String label, Locale locale) {
    if (!"fr".equals(locale.getLanguage())) {
      return label;
    }
    return label.replace("Any mRNA - heterologous", "tout ARNm – hétérologue")
        .replace("any mRNA - heterologous", "tout ARNm – hétérologue")
        .replace(" and ", " et ")
        .replace(" or ", " ou ")
        .replace("(4th dose)", "(4e dose)")
        .replace("(3rd dose)", "(3e dose)")
        .replace("Other", "Autre");
  }
}
