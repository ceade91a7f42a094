package com.parkops.appeals;

/** How a closed appeal ended. */
public enum Outcome {
    /** 已解决 */
    RESOLVED,
    /** 未解决 */
    UNRESOLVED,
    /** 已合并: a duplicate closed into its master appeal. */
    MERGED
}
