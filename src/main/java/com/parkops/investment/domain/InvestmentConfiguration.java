package com.parkops.investment.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The investment defaults from the application's configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvestmentProperties.class)
class InvestmentConfiguration {}
