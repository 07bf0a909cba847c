package org.sanxiang.api.domain;

/**
 * Marks a refusal because what was named does not exist (查无此记录: no such case, officer, review, publication…):
 * channels answer it as "not found" rather than as a broken rule.
 */
public interface NotFound {
}
