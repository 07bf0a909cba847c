package org.sanxiang.portal.internal;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The portal's pages: FreeMarker templates ({@code .ftlh}, HTML output format) in the bundle, so that every value is
 * escaped unless a template says otherwise — and none does for data. A template error is an error of the page
 * (logged by the servlet with an incident number), never shown to the reader.
 */
final class Pages {

    private final Configuration cfg;

    Pages() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(Pages.class.getClassLoader(), "org/sanxiang/portal/templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        cfg.setNumberFormat("computer");
    }

    /** Renders {@code <name>.ftlh} with {@code model}. */
    String render(String name, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(name + ".ftlh");
            StringWriter out = new StringWriter(16_384);
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("page " + name + " could not be rendered", e);
        }
    }
}
