package com.parkops.registry;

/** Whether a parcel is held in the enterprise's own name (自有) or leased (租赁). */
public enum LandTenure {
    OWNED,
    LEASED
}
