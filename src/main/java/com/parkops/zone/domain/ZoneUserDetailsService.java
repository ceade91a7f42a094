package com.parkops.zone.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class ZoneUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    ZoneUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
