package org.sanxiang.api.applications;

import java.util.List;
import java.util.Objects;
import org.sanxiang.api.domain.PartyType;

/**
 * A permit application as handed in at a counter (窗口收件).
 *
 * @param channel         the submitting system (e.g. the SOAP client name); with {@code clientRequestId} the
 *                        idempotency key: the same pair gives back the application first created
 * @param clientRequestId the submitting system's request id
 * @param counterId       the counter (窗口) that took it in
 * @param itemKey         the item's key in the service guide or enforcement item register
 * @param applicantType   申请人类别
 * @param applicantName   申请人名称或姓名
 * @param creditCode      统一社会信用代码 (organisations, individual businesses), or null
 * @param idType          证件类型 (natural persons), or null
 * @param idNumber        证件号码 (natural persons), or null
 * @param phone           联系电话, or null
 * @param materials       申请材料, as "名称×份数" texts
 * @param note            备注, or null
 */
public record NewApplication(String channel, String clientRequestId, String counterId, String itemKey,
        PartyType applicantType, String applicantName, String creditCode, String idType, String idNumber,
        String phone, List<String> materials, String note) {

    public NewApplication {
        Objects.requireNonNull(applicantType, "applicantType");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
