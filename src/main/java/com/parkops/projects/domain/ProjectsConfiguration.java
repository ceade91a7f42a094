package com.parkops.projects.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Project advancement's settings, and the scheduler for the daily slippage check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ProjectsProperties.class)
class ProjectsConfiguration {}
