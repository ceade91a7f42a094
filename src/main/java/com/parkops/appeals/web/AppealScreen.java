package com.parkops.appeals.web;

/** Marks the page controllers of the appeals, for {@link AppealPageAdvice}. */
interface AppealScreen {}
