package com.parkops.evaluation.web;

/** Marks the objection, decision, correction and settings page controllers (see {@link LifecyclePageAdvice}). */
interface LifecyclePage {}
