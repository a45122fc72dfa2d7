package org.beachhead.common;

import jakarta.persistence.Embeddable;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

/**
 * A text the curators wrote, in English and in Chinese ({@code zh} null only where the data has
 * none). It prints in the reader's language ({@link LocaleContextHolder}), so a view record carries
 * both and a template writes {@code ${card.headline}} without choosing; the API, the downloads and
 * the feeds take {@link #en()} and {@link #zh()} as fields of their own.
 */
@Embeddable
public record Text(String en, String zh) {

    /** Null for a missing English text, so an optional text stays absent rather than empty. */
    public static Text of(String en, String zh) {
        return en == null ? null : new Text(en, zh);
    }

    /** The English of an optional text, null when it is absent. */
    public static String englishOf(Text text) {
        return text == null ? null : text.en;
    }

    /** The Chinese of an optional text, null when it is absent. */
    public static String chineseOf(Text text) {
        return text == null ? null : text.zh;
    }

    public String in(Locale locale) {
        return zh != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** The text in the current reader's language: what Thymeleaf writes for {@code th:text}. */
    @Override
    public String toString() {
        return in(LocaleContextHolder.getLocale());
    }
}
