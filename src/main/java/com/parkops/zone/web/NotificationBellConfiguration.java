package com.parkops.zone.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the top bar's unread count for pages (the API has no top bar). */
@Configuration(proxyBeanMethods = false)
class NotificationBellConfiguration implements WebMvcConfigurer {

    private final NotificationBell bell;

    NotificationBellConfiguration(NotificationBell bell) {
        this.bell = bell;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bell)
                .excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/actuator/**");
    }
}
