package com.parkops.registry;

/** The contact details an enterprise user may keep up to date itself. */
public record Contacts(String address, String contactName, String contactPhone, String contactEmail) {}
