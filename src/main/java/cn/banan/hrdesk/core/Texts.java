package cn.banan.hrdesk.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words users read, from the resource bundles (Chinese is the root bundle, English the second). */
public final class Texts {
    public static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless {@code HRDESK_LANG} or {@code -Dhrdesk.lang} asks for English. */
    public static Texts forEnvironment() {
        String lang = System.getProperty("hrdesk.lang", System.getenv().getOrDefault("HRDESK_LANG", "zh"));
        return new Texts(lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] words = args.clone();
            for (int i = 0; i < words.length; i++) {
                if (words[i] instanceof Labelled l) {
                    words[i] = label(l);
                }
            }
            return new MessageFormat(pattern, locale).format(words);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String label(Labelled thing) {
        return get(thing.labelKey());
    }

    public Locale locale() {
        return locale;
    }
}
