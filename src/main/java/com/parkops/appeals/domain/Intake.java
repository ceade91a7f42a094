package com.parkops.appeals.domain;

import com.parkops.appeals.AppealType;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Urgency;
import java.math.BigDecimal;
import java.util.UUID;

/** The intake columns of an appeal, validated and resolved (enterprise looked up, amounts rounded). */
record Intake(
        String caseNumber,
        AppealType type,
        Channel channel,
        UUID categoryId,
        Urgency urgency,
        String title,
        String content,
        UUID enterpriseId,
        String enterpriseName,
        String creditCode,
        String contactName,
        String contactPhone,
        UUID meetingId,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        String receivedBy) {

    Intake withCaseNumber(String number) {
        return new Intake(
                number,
                type,
                channel,
                categoryId,
                urgency,
                title,
                content,
                enterpriseId,
                enterpriseName,
                creditCode,
                contactName,
                contactPhone,
                meetingId,
                workersInvolved,
                amountOwed,
                amountRecovered,
                receivedBy);
    }
}
