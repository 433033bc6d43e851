package no.kommune.portal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for the whole portal. Every feature keeps its own pair of files in
 * {@code vaadin-i18n/}: {@code <feature>.properties} (Norwegian bokmål, the default) and
 * {@code <feature>_en.properties} (English). One pair per feature keeps parallel work on features
 * from colliding in one huge file; {@code TranslationBundlesTest} checks the pairs have the same keys.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale BOKMAL = Locale.of("nb", "NO");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String PATTERN = "classpath*:vaadin-i18n/*.properties";

    private final Map<String, Properties> byLanguage;

    public PortalI18NProvider() {
        this.byLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(BOKMAL, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "nb";
        String pattern = byLanguage.getOrDefault(language, new Properties()).getProperty(key);
        if (pattern == null) {
            pattern = byLanguage.get("nb").getProperty(key);
        }
        if (pattern == null) {
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, "en".equals(language) ? ENGLISH : BOKMAL).format(params);
    }

    /** Keys per language, for the bundle consistency test. */
    public static Map<String, Map<String, Properties>> filesByLanguage() {
        Map<String, Map<String, Properties>> result = new HashMap<>();
        result.put("nb", new HashMap<>());
        result.put("en", new HashMap<>());
        for (Resource resource : resources()) {
            String file = resource.getFilename();
            String base = file.substring(0, file.length() - ".properties".length());
            boolean english = base.endsWith("_en");
            String feature = english ? base.substring(0, base.length() - 3) : base;
            result.get(english ? "en" : "nb").put(feature, read(resource));
        }
        return result;
    }

    private static Map<String, Properties> load() {
        Map<String, Properties> merged = new HashMap<>();
        filesByLanguage().forEach((language, files) -> {
            Properties all = new Properties();
            files.values().forEach(all::putAll);
            merged.put(language, all);
        });
        return merged;
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Resource resource) {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
