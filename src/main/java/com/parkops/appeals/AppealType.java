package com.parkops.appeals;

/** The kind of appeal; it sets the reply deadline (咨询/求助 3, 投诉/举报/建议 5 working days by default). */
public enum AppealType {
    /** 咨询 */
    CONSULT,
    /** 求助 */
    HELP,
    /** 投诉 */
    COMPLAINT,
    /** 举报 */
    REPORT,
    /** 建议 */
    SUGGESTION
}
