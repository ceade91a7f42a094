package com.parkops.shared.io;

import java.util.Set;

/**
 * A column of an imported table, implemented by a module's enum of its columns: headed in the file
 * by its English key (any case), its Chinese label (with or without a unit in brackets, e.g.
 * 用地面积（m²）) or one of its aliases.
 */
public interface SheetColumn {

    /** The English key, also the field name in errors. */
    String key();

    /** The Chinese label. */
    String label();

    /** Whether a file without this column is refused. */
    boolean required();

    /** Other headers people use for this column. */
    default Set<String> aliases() {
        return Set.of();
    }
}
