package com.parkops.registry.web;

import com.parkops.registry.Contacts;
import com.parkops.registry.Enterprise;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** What an enterprise user may change about its own enterprise. */
record ContactsForm(
        @Size(max = 500, message = "{registry.validation.tooLong}")
        String address,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactName,

        @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactPhone,

        @Email(message = "{registry.error.email}") @Size(max = 100, message = "{registry.validation.tooLong}")
        String contactEmail,

        Integer version) {

    static ContactsForm of(Enterprise e) {
        return new ContactsForm(e.address(), e.contactName(), e.contactPhone(), e.contactEmail(), e.version());
    }

    Contacts toContacts() {
        return new Contacts(address, contactName, contactPhone, contactEmail);
    }
}
