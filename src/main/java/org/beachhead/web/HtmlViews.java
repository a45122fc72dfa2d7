package org.beachhead.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every template is an HTML page. Thymeleaf would otherwise guess a page's type from the request
 * path, so the 404 page for /partners/nobody/feed.atom went out labelled as an Atom feed.
 */
@Component
class HtmlViews implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setForceContentType(true);
        }
        return bean;
    }
}
