package com.parkops.projects.web;

/** Marks the page controllers of project advancement, for {@link ProjectsPageAdvice}. */
interface ProjectsScreen {}
