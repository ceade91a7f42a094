package com.parkops.appeals.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The appeals' settings, and the scheduler for reminders and escalation. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AppealsProperties.class)
class AppealsConfiguration {}
