package com.parkops.appeals;

/**
 * A step of the workflow. Each recorded step is one row of the handling log ({@code
 * appeals.appeal_event.kind}); {@link #RECEIVE} and {@link #ESCALATE} are only ever logged, the
 * others can also be offered to a user.
 */
public enum AppealAction {
    /** 受理: the appeal was received (intake). */
    RECEIVE,
    /** 派单: first assignment to a department. */
    DISPATCH,
    /** 改派: the service centre moves a not yet acknowledged appeal to another department. */
    REDISPATCH,
    /** 签收 */
    ACKNOWLEDGE,
    /** 申请退回, with a written reason. */
    REQUEST_RETURN,
    /** 同意退回: the service centre re-dispatches to another department. */
    APPROVE_RETURN,
    /** 驳回退回: back to the same department; counts as a return rejected as unjustified. */
    REJECT_RETURN,
    /** 申请延期 */
    REQUEST_EXTENSION,
    /** 同意延期 */
    APPROVE_EXTENSION,
    /** 驳回延期 */
    REJECT_EXTENSION,
    /** 开始办理 */
    START,
    /** 办理进展 / 备注 */
    NOTE,
    /** 回复 */
    REPLY,
    /** 回访 */
    REVISIT,
    /** 重新办理 after a dissatisfied revisit. */
    REOPEN,
    /** 办结 */
    CLOSE,
    /** 合并: closes a duplicate into its master. */
    MERGE,
    /** 劳资纠纷: workers involved, amounts owed and recovered updated. */
    UPDATE_LABOUR,
    /** 催办 */
    REMIND,
    /** 督办升级: reported to the leaders after being overdue too long. */
    ESCALATE;

    /** The path segment of the API's action, e.g. {@code request-return}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
