package com.parkops.indicators.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({QualityProperties.class, ImportProperties.class})
class IndicatorsConfiguration {}
