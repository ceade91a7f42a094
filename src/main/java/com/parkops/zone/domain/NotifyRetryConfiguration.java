package com.parkops.zone.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The settings of the notification retry, and the scheduler that runs it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotifyRetryProperties.class)
class NotifyRetryConfiguration {}
