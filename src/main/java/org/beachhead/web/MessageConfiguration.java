package org.beachhead.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The app's messages, set up from {@code spring.messages.*} as Spring Boot would, except that a message with arguments
 * is formatted on a copy of its {@link MessageFormat} per thread. Spring formats it on one instance shared by every
 * thread, under that instance's lock, and a page formats such a message for every facet and card it lists: at 16
 * concurrent requests the threads queued on that lock (docs/benchmarks.md, "The uncached path").
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) throws IOException {
        FormatsPerThread messages = new FormatsPerThread();
        messages.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null) {
            Properties common = new Properties();
            for (Resource resource : properties.getCommonMessages()) {
                PropertiesLoaderUtils.fillProperties(common, resource);
            }
            messages.setCommonMessages(common);
        }
        return messages;
    }

    /** Hands each thread its own copy of a cached {@link MessageFormat}; Spring's lock on it is then never contended. */
    static final class FormatsPerThread extends ResourceBundleMessageSource {

        private final ThreadLocal<Map<MessageFormat, MessageFormat>> copies = ThreadLocal.withInitial(IdentityHashMap::new);

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : copies.get().computeIfAbsent(shared, format -> (MessageFormat) format.clone());
        }
    }
}
