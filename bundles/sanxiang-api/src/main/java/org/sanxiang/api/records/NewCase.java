package org.sanxiang.api.records;

import java.util.List;
import java.util.Objects;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * What is needed to file a case (立案): its number (案件编号, unique), kind, enforcement item (执法事项),
 * region (6-digit 行政区划代码), parties and the officers assigned from the start.
 */
public record NewCase(String caseNumber, EnforcementKind kind, String item, String region, List<Party> parties,
                      List<String> officerIds) {

    public NewCase {
        if (caseNumber == null || !caseNumber.matches("[\\p{L}\\p{N}〔〕()\\[\\]._-]{1,64}")) {
            throw new IllegalArgumentException("案件编号应为1-64位文字、数字或〔〕()[]._- : " + caseNumber);
        }
        Objects.requireNonNull(kind, "kind");
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("执法事项不能为空");
        }
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("案件区域应为6位行政区划代码: " + region);
        }
        if (parties == null || parties.isEmpty()) {
            throw new IllegalArgumentException("案件至少应有一个当事人");
        }
        parties = List.copyOf(parties);
        officerIds = List.copyOf(officerIds);
    }
}
