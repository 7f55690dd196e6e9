package io.caimira.webapp.pages;

import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.HtmlErrorPages;
import io.caimira.webapp.i18n.Languages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The deployment's own pages listed in {@code EXTRA_PAGES}: each {@code url_path} below the application root shows
 * the template {@code <filename>} from the operator's directory {@code CAIMIRA_EXTRA_PAGES_DIR}, else from the
 * application's {@code templates/pages/} (a trailing ".j2" of upstream's names is ignored), with the usual layout
 * data and {@code active_page} ({@link ExtraPageTemplates}). A value that cannot be read is logged and ignored; a
 * page whose template does not exist, or whose name leaves the directory, is logged as an error at start-up and
 * left out (its path is a 404).
 */
@Singleton
public class ExtraPages {
  private static final Logger LOG = Logger.getLogger(ExtraPages.class);

  void register(@Observes Router router, WebSettings web, Engine engine, HtmlErrorPages errors) {
    ExtraPageTemplates templates = new ExtraPageTemplates(engine, web.extraPagesDir());
    for (ExtraPageList.Entry entry : entries(web.extraPages())) {
      Template template;
      try {
        template = templates.find(entry.filename());
      } catch (java.io.UncheckedIOException e) {
        LOG.errorf(e, "EXTRA_PAGES: the template of %s cannot be read; the page is left out", entry.urlPath());
        continue;
      }
      if (template == null) {
        LOG.errorf("EXTRA_PAGES: no template %s in %s for the page %s (names leaving the directory are refused); "
            + "the page is left out", entry.filename(), templates.where(), entry.urlPath());
        continue;
      }
      String active = entry.urlPath().replace("/", "");
      router.get(entry.urlPath()).handler(rc -> {
        Locale locale = Languages.of(rc);
        String html;
        try {
          html = template.instance().setLocale(locale).data("lang", locale.getLanguage())
              .data("active_page", active).render();
        } catch (RuntimeException e) {
          LOG.errorf(e, "EXTRA_PAGES: the template of %s failed", entry.urlPath());
          errors.end(rc, 500);
          return;
        }
        rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").end(html);
      });
    }
  }

  static List<ExtraPageList.Entry> entries(String value) {
    try {
      return ExtraPageList.parse(value);
    } catch (IllegalArgumentException e) {
      LOG.warnf("EXTRA_PAGES is not a list of {'url_path': '/x', 'filename': 'page.html'} entries (%s); "
          + "no extra page is served", e.getMessage());
      return List.of();
    }
  }
}
