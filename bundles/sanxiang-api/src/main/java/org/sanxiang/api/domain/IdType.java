package org.sanxiang.api.domain;

/**
 * Identity-document types of natural persons (自然人证件类型) in the 双公示 code list. {@link #OTHER}
 * is published as "其他-" followed by the specific name.
 */
public enum IdType implements Labelled {
    /** 身份证 */
    RESIDENT_ID("身份证"),
    /** 护照 */
    PASSPORT("护照"),
    /** 港澳居民来往内地通行证 */
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    /** 台湾居民来往大陆通行证 */
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    /** 外国人永久居留身份证 */
    FOREIGNER_PERMANENT_RESIDENCE("外国人永久居留身份证"),
    /** 其他-… */
    OTHER("其他");

    private final String chinese;

    IdType(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    public static IdType of(String nameOrChinese) {
        if (nameOrChinese != null && nameOrChinese.startsWith("其他")) {
            return OTHER;
        }
        return Labelled.of(IdType.class, nameOrChinese, "证件类型 / unknown ID type");
    }

    /**
     * The number as it may appear in public output (R-D1, 双公示): a natural person's number keeps its
     * first and last characters and masks the rest, so the public can tell records apart without
     * reading the number.
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        int n = number.length();
        if (n <= 2) {
            return "*".repeat(n);
        }
        int keepHead = n >= 15 ? 6 : 1;
        int keepTail = n >= 15 ? 4 : 1;
        return number.substring(0, keepHead) + "*".repeat(n - keepHead - keepTail) + number.substring(n - keepTail);
    }
}
