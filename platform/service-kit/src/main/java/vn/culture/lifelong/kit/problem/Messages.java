package vn.culture.lifelong.kit.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages users see: Vietnamese by default, English when the request prefers it ({@code Accept-Language: en}).
 * A key is looked up in the service's own bundle ({@code messages}), then in its libraries', then in the kit's
 * ({@code kit/messages}), so a service may word any message its own way.
 */
@ApplicationScoped
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String SERVICE_BUNDLE = "messages";
    static final String KIT_BUNDLE = "kit/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    @Inject
    public Messages(Instance<MessageBundle> libraries) {
        this(libraries.stream().map(MessageBundle::baseName).toList());
    }

    /** The service's bundle, then {@code libraryBundles} in order, then the kit's. */
    public Messages(List<String> libraryBundles) {
        List<String> all = new ArrayList<>();
        all.add(SERVICE_BUNDLE);
        all.addAll(libraryBundles);
        all.add(KIT_BUNDLE);
        this.bundles = List.copyOf(all);
    }

    /** Vietnamese unless the caller prefers English before Vietnamese. */
    public static Locale localeOf(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (wanted.getLanguage().equals("vi")) {
                return VIETNAMESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }

    public String get(Locale locale, String key, Object... arguments) {
        for (String baseName : bundles) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            }
        }
        throw new MissingResourceException("No message " + key + " in " + bundles, getClass().getName(), key);
    }
}
