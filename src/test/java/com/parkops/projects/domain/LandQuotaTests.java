package com.parkops.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.projects.LandState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LandQuotaTests {

    private static LandQuota quota(LandState state, String approved, String allocated) {
        return new LandQuota(
                state,
                new BigDecimal("100"),
                approved == null ? null : new BigDecimal(approved),
                new BigDecimal(allocated));
    }

    @Test
    void shouldDecideOnlyARequestAwaitingItsDecision() {
        assertThat(quota(LandState.REQUESTED, null, "0").decide(true)).isEqualTo(LandState.APPROVED);
        assertThat(quota(LandState.REQUESTED, null, "0").decide(false)).isEqualTo(LandState.REJECTED);
        assertThatThrownBy(() -> quota(LandState.REJECTED, null, "0").decide(true))
                .isInstanceOf(LandRefusal.class);
        assertThatThrownBy(() -> quota(LandState.APPROVED, "80", "0").decide(false))
                .isInstanceOf(LandRefusal.class);
    }

    @Test
    void shouldMoveThroughPartlyAllocatedToAllocatedAndBack() {
        LandQuota approved = quota(LandState.APPROVED, "80", "0");
        assertThat(approved.allocate(new BigDecimal("30"))).isEqualTo(LandState.PARTLY_ALLOCATED);
        assertThat(approved.allocate(new BigDecimal("80.00"))).isEqualTo(LandState.ALLOCATED);
        LandQuota partly = quota(LandState.PARTLY_ALLOCATED, "80", "30");
        assertThat(partly.remaining()).isEqualByComparingTo("50");
        assertThat(partly.fits(new BigDecimal("50"))).isTrue();
        assertThat(partly.fits(new BigDecimal("50.01"))).isFalse();
        assertThat(partly.takeBack(new BigDecimal("30"))).isEqualTo(LandState.APPROVED);
        assertThat(quota(LandState.ALLOCATED, "80", "80").takeBack(new BigDecimal("20")))
                .isEqualTo(LandState.PARTLY_ALLOCATED);
    }

    @Test
    void shouldRefuseAllocatingFromARequestNotApproved() {
        assertThatThrownBy(() -> quota(LandState.REQUESTED, null, "0").allocate(BigDecimal.ONE))
                .isInstanceOf(LandRefusal.class);
        assertThatThrownBy(() -> quota(LandState.ALLOCATED, "80", "80").allocate(BigDecimal.ONE))
                .isInstanceOf(LandRefusal.class);
        assertThatThrownBy(() -> quota(LandState.APPROVED, "80", "0").takeBack(BigDecimal.ONE))
                .isInstanceOf(LandRefusal.class);
        assertThatThrownBy(() -> quota(LandState.APPROVED, "80", "0").checkEditable())
                .isInstanceOf(LandRefusal.class);
        assertThatThrownBy(() -> quota(LandState.PARTLY_ALLOCATED, "80", "10").checkDeletable())
                .isInstanceOf(LandRefusal.class);
    }
}
