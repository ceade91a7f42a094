package com.parkops.appeals.web;

import com.parkops.appeals.AppealType;
import com.parkops.appeals.Channel;
import com.parkops.appeals.NewAppeal;
import com.parkops.appeals.Urgency;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/**
 * The appeal entry form (staff, enterprise portal, a meeting's appeal). {@code dispatch} is empty
 * (leave it for dispatch), {@code default} (the category's department) or a department id.
 */
record AppealForm(
        AppealType type,
        Channel channel,
        UUID categoryId,
        Urgency urgency,
        String title,
        String content,
        String creditCode,
        String enterpriseName,
        String contactName,
        String contactPhone,
        String dispatch,
        Integer workersInvolved,
        BigDecimal amountOwed,
        BigDecimal amountRecovered,
        List<MultipartFile> files) {

    static AppealForm empty(Channel channel, String dispatch) {
        return new AppealForm(
                AppealType.HELP,
                channel,
                null,
                Urgency.NORMAL,
                null,
                null,
                null,
                null,
                null,
                null,
                dispatch,
                null,
                null,
                null,
                List.of());
    }

    NewAppeal toNewAppeal(UUID meetingId) {
        UUID department = null;
        boolean toDefault = "default".equals(dispatch);
        if (dispatch != null && !dispatch.isBlank() && !toDefault) {
            try {
                department = UUID.fromString(dispatch);
            } catch (IllegalArgumentException notAnId) {
                department = null;
            }
        }
        return new NewAppeal(
                type,
                channel,
                categoryId,
                urgency,
                title,
                content,
                creditCode,
                enterpriseName,
                contactName,
                contactPhone,
                meetingId,
                department,
                toDefault,
                workersInvolved,
                amountOwed,
                amountRecovered);
    }
}
