package org.sanxiang.api.ledger;

import java.util.regex.Pattern;

/**
 * The kinds of ledger entry (账本条目类别). A kind is a plain string so that a module can add its own
 * without a new API version; the constants below are the kinds the hub's own modules use. A kind is 1 to
 * 32 characters of {@code A-Z}, {@code 0-9} and {@code _}, starting with a letter. A
 * {@link ContentVerifier} registers for one or more kinds through the service property
 * {@value ContentVerifier#KIND_PROPERTY}.
 */
public final class LedgerKinds {

    /** A case moved from one stage to the next (案件环节流转): filing, investigation, … archiving. */
    public static final String CASE_TRANSITION = "CASE_TRANSITION";
    /** An enforcement document (执法文书) was created or superseded. */
    public static final String DOCUMENT = "DOCUMENT";
    /** An audio-video record (音像记录) was taken in and linked to its case and officer. */
    public static final String MEDIA_LINK = "MEDIA_LINK";
    /** A record was read (记录信息调阅, R-R6). */
    public static final String ACCESS = "ACCESS";
    /** A configuration the hub acts on was changed (catalogues, lists, PIDs). */
    public static final String CONFIG_CHANGE = "CONFIG_CHANGE";
    /** A legal hold (冻结) was placed or released, or a record was deleted under retention rules. */
    public static final String RETENTION = "RETENTION";
    /** A step of a legal review (法制审核): proposal, request, materials, opinion, discussion. */
    public static final String REVIEW = "REVIEW";
    /** A version of a publication (公示信息): draft, approval, publication, update, revocation, expiry. */
    public static final String PUBLICATION = "PUBLICATION";
    /** A version of a pre-disclosure register (事前公开清单): bodies, personnel, items, guides, flows. */
    public static final String REGISTER = "REGISTER";
    /** A 双随机 draw and its published results. */
    public static final String INSPECTION_DRAW = "INSPECTION_DRAW";

    /** The longest kind. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private LedgerKinds() {
    }

    /** Whether {@code kind} is a well-formed kind (any kind, not only the constants above). */
    public static boolean isValid(String kind) {
        return kind != null && KIND.matcher(kind).matches();
    }
}
