package org.sanxiang.api.records;

/** Classes of record with their own retention period (保存期限). */
public enum RecordClass {
    /** 案卷 (a case with its transitions), counted from archiving */
    CASE_FILE,
    /** 执法文书 */
    DOCUMENT,
    /** 音像记录 not linked to a case, counted from storing */
    MEDIA,
    /** 调阅记录 */
    ACCESS_LOG
}
