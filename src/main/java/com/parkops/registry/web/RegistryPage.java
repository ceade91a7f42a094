package com.parkops.registry.web;

/** Marks the registry's page controllers, so page errors render as pages and API errors as JSON. */
interface RegistryPage {}
