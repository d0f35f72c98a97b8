package vn.culture.lifelong.units.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages users see: Vietnamese by default, English when the request prefers it (Accept-Language: en). */
final class Messages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static Locale localeOf(HttpHeaders headers) {
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

    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("units/messages", locale, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
