package org.sanxiang.api.domain;

import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; the 18th is a check character computed with weights
 * {@code 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28} as
 * {@code alphabet[(31 - Σ mod 31) mod 31]} — the outer {@code mod 31} makes the check {@code 0} when the
 * weighted sum is a multiple of 31.
 */
public final class UnifiedSocialCreditCode {

    /** The placeholder a 个体工商户 without a code is reported with. */
    public static final String INDIVIDUAL_BUSINESS_PLACEHOLDER = "00000000000000000X";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a code.
     *
     * @throws IllegalArgumentException with a message in Chinese and English naming the problem
     */
    public static UnifiedSocialCreditCode parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new UnifiedSocialCreditCode(text);
    }

    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** Returns null when the code is valid, otherwise a bilingual description of what is wrong. */
    public static String problem(String text) {
        if (text == null || text.length() != 18) {
            return "统一社会信用代码应为18位 / the unified social credit code must have 18 characters: " + text;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位含非法字符 '" + text.charAt(i)
                        + "' / character " + (i + 1) + " is not allowed: " + text;
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return "统一社会信用代码校验位错误,应为 '" + expected + "' / check character should be '" + expected
                    + "': " + text;
        }
        return null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("需要17位本体代码 / 17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("非法字符 / character not allowed: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Registering authority (登记管理部门代码), position 1. */
    public char registeringAuthority() {
        return value.charAt(0);
    }

    /** Administrative region code (登记管理机关行政区划码), positions 3–8. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Organisation code (主体标识码/组织机构代码), positions 9–17. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
