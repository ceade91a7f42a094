package com.parkops.appeals;

/** How an appeal reached the zone. The four meeting channels come with a meeting record. */
public enum Channel {
    /** 企业门户: raised by the enterprise itself. */
    PORTAL,
    /** 服务热线 */
    HOTLINE,
    /** 12345 转办 */
    TRANSFER_12345,
    /** 政企圆桌会议 */
    ROUND_TABLE,
    /** 剑邑商谈 */
    TALK,
    /** 入企听诉 */
    VISIT,
    /** 领导走访 */
    LEADER_VISIT,
    /** Open311 GeoReport v2 */
    OPEN311;

    /** Whether appeals of this channel come from a meeting record. */
    public boolean meeting() {
        return this == ROUND_TABLE || this == TALK || this == VISIT || this == LEADER_VISIT;
    }
}
