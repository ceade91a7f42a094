package com.parkops.appeals.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 GeoReport v2 ({@code /open311/**}) is for outside clients: no session, no sign-in and no
 * CSRF token. The {@code api_key} parameter is checked by the endpoints themselves, which answer
 * errors in the Open311 format. The API and page chains of the zone module are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    @Bean
    @Order(0)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        return http.securityMatcher("/open311/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
