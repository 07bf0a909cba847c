package org.sanxiang.api.records;

/** What the audio-video record list asks of an activity (音像记录要求). */
public enum RecordingRequirement {
    /** 无需音像记录 */
    NONE,
    /** 应当音像记录: at least one linked recording */
    REQUIRED,
    /** 全过程音像记录: at least one linked recording marked as covering the whole activity */
    FULL_PROCESS
}
