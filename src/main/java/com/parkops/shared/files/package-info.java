/**
 * Files users upload as evidence or attachments: the limits they are checked against ({@link
 * com.parkops.shared.files.UploadRules}) and a table of them kept in the database ({@link
 * com.parkops.shared.files.FileTable}).
 */
package com.parkops.shared.files;
