package com.parkops.investment.web;

import com.parkops.investment.ContractRegister;
import com.parkops.investment.ContractRegister.Contract;
import com.parkops.investment.ContractRegister.ContractData;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's signed contract: GET answers 404 while none was entered; PUT creates it or, with the
 * {@code version} read, updates it (stale → 409, bad fields → 422 listing each).
 */
@RestController
@RequestMapping("/api/v1/investment/projects/{id}/contract")
class ContractApiController {

    private final ContractRegister contracts;
    private final ContestPageText text;

    ContractApiController(ContractRegister contracts, ContestPageText text) {
        this.contracts = contracts;
        this.text = text;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    Contract get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        Contract contract = contracts.find(user.zoneId(), id).contract();
        if (contract == null) {
            throw new NotFoundException(text.get("contract.error.none"));
        }
        return contract;
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Contract put(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody ContractData data) {
        return contracts.save(user.zoneId(), id, data, user.getUsername());
    }
}
