package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/** The pre-disclosure registers (事前公开清单, R-D3) and the fields each entry is expected to carry. */
public enum RegisterType implements Labelled {
    /** 执法主体: name, legal basis, duties, address, supervision and remedy channels. */
    BODY("执法主体", "名称", "法定依据", "职责", "地址", "监督电话", "救济渠道"),
    /** 行政执法人员清单 (R-D3d): certificate data from the records module. */
    PERSONNEL("行政执法人员清单", "姓名", "单位", "职务", "执法证号", "执法类别", "执法区域", "有效期"),
    /** 行政执法事项清单 (R-D3a). */
    ENFORCEMENT_ITEM("行政执法事项清单", "事项名称", "实施主体", "职责", "职权类别", "法定依据"),
    /** 随机抽查事项清单 (R-D3b). */
    INSPECTION_ITEM("随机抽查事项清单", "事项名称", "检查主体", "检查依据", "检查对象", "检查内容", "抽查比例",
            "检查方式", "检查频次"),
    /** 服务指南 (R-D3c). */
    SERVICE_GUIDE("服务指南", "事项名称", "设定依据", "适用范围", "办理条件", "申请材料", "办理方式", "办理流程",
            "办理时限", "收费标准", "咨询方式", "监督方式", "责任追究", "救济途径", "办公时间", "办公地址"),
    /** 行政执法流程图 (R-D3c): steps as data (步骤1, 步骤2, … each "名称 → 下一步"). */
    PROCESS_FLOW("行政执法流程图", "事项名称", "步骤1");

    private final String chinese;
    private final String[] requiredFields;

    RegisterType(String chinese, String... requiredFields) {
        this.chinese = chinese;
        this.requiredFields = requiredFields;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The fields an entry must have (non-blank) to be accepted. */
    public java.util.List<String> requiredFields() {
        return java.util.List.of(requiredFields);
    }

    /** Looks a register up by its Chinese name or its identifier. */
    public static RegisterType of(String nameOrChinese) {
        return Labelled.of(RegisterType.class, nameOrChinese, "公开清单");
    }
}
