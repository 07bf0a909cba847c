package org.sanxiang.api.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.applications.Decision;
import org.sanxiang.api.applications.StepKind;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PermitCategory;
import org.sanxiang.api.disclosure.PermitStatus;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.CatalogueRule;
import org.sanxiang.api.review.CheckItem;
import org.sanxiang.api.review.DiscussionConclusion;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.ItemResult;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.review.ReviewerRole;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.Source;

/** The vocabulary's Chinese labels (the names counter staff, the code lists and the console use). */
class LabelledTest {

    private static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(CaseStage.class,
            EnforcementKind.class, IdType.class, PartyType.class, Activity.class, Decision.class, StepKind.class,
            DeadlineAlert.Level.class, InspectionResult.class, OutboxAction.class, PenaltyCategory.class,
            PermitCategory.class, PermitStatus.class, PublicationState.class, RegisterType.class, Severity.class,
            CatalogueRule.class, CheckItem.class, DiscussionConclusion.class, HearingStatus.class, ItemResult.class,
            MaterialType.class, MeasureType.class, Outcome.class, ReviewAlert.Kind.class, ReviewState.class,
            ReviewerRole.class, CaseOutcome.class, Source.class);

    @Test
    void everyCodeHasOneLabelOfItsOwn() {
        for (Class<? extends Enum<?>> type : VOCABULARY) {
            assertTrue(Labelled.class.isAssignableFrom(type), type + " is Labelled");
            Set<String> seen = new HashSet<>();
            for (Enum<?> e : type.getEnumConstants()) {
                String label = ((Labelled) e).chinese();
                assertFalse(label == null || label.isBlank(), type.getSimpleName() + "." + e + " has a label");
                assertTrue(seen.add(label), type.getSimpleName() + ": label " + label + " names one code only");
            }
        }
    }

    @Test
    void eachOfFindsACodeByItsLabelAndByItsIdentifierInAnyCase() throws Exception {
        int lookups = 0;
        for (Class<? extends Enum<?>> type : VOCABULARY) {
            Method of;
            try {
                of = type.getMethod("of", String.class);
            } catch (NoSuchMethodException none) {
                continue;
            }
            lookups++;
            for (Enum<?> e : type.getEnumConstants()) {
                assertEquals(e, of.invoke(null, ((Labelled) e).chinese()));
                assertEquals(e, of.invoke(null, e.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        assertEquals(12, lookups, "the vocabularies read from outside (SOAP, CSV, console) have an of()");
    }

    @Test
    void anUnknownValueIsRefusedNamingTheVocabulary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnforcementKind.of("行政奖励"));
        assertTrue(e.getMessage().startsWith("未知的执法类别"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": 行政奖励"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Severity.of(null));
        assertEquals(java.util.Optional.empty(), Labelled.find(Severity.class, "很严重"));
    }

    @Test
    void anOtherCodeTakesItsFreeText() {
        assertEquals(IdType.OTHER, IdType.of("其他(军官证)"));
        assertEquals(PenaltyCategory.OTHER, PenaltyCategory.of("其他-责令停止违法行为"));
    }
}
