package com.parkops.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/** Registry workbooks in the import format (Chinese headers), so an export re-imports as it is. */
public interface RegistryFiles {

    /** Writes the matching enterprises as XLSX, streaming rows rather than holding the workbook. */
    void exportXlsx(UUID zoneId, EnterpriseFilter filter, OutputStream out) throws IOException;

    /** Writes an empty import template: the header row only. */
    void templateXlsx(OutputStream out) throws IOException;
}
