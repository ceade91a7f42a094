package com.parkops.shared;

/**
 * One problem with submitted input.
 *
 * @param row the row in the uploaded file (header = row 1), or null for a form or JSON body
 * @param field the field or column key
 * @param message what is wrong, in the reader's language
 */
public record InputError(Integer row, String field, String message) {}
