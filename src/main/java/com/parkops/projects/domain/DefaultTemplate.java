package com.parkops.projects.domain;

import static com.parkops.projects.DateBase.PRODUCTION;
import static com.parkops.projects.DateBase.SIGNED;
import static com.parkops.projects.DateBase.START;

import com.parkops.projects.DateBase;
import com.parkops.projects.Phase;
import com.parkops.projects.TemplateNode;
import java.util.List;

/**
 * The template a zone starts with (domain guide §6): the usual nodes of an industrial project from
 * filing to production, with the units that usually answer for them and dates relative to the plan.
 * The zone edits it like any other template.
 */
final class DefaultTemplate {

    static final String NAME = "标准工业项目";

    static final List<TemplateNode> NODES = List.of(
            node(Phase.PREPARATION, "立项备案", "经发局", SIGNED, 30),
            node(Phase.PREPARATION, "用地预审", "自然资源和规划分局", SIGNED, 45),
            node(Phase.PREPARATION, "环评批复", "生态环境分局", SIGNED, 60),
            node(Phase.PREPARATION, "土地摘牌", "自然资源和规划分局", START, -45),
            node(Phase.PREPARATION, "规划许可", "自然资源和规划分局", START, -30),
            node(Phase.PREPARATION, "施工许可", "住建局", START, -7),
            node(Phase.START, "开工", "项目办", START, 0),
            node(Phase.CONSTRUCTION, "主体封顶", "项目办", START, 180),
            node(Phase.CONSTRUCTION, "设备采购", "项目企业", PRODUCTION, -150),
            node(Phase.CONSTRUCTION, "设备安装", "项目企业", PRODUCTION, -90),
            node(Phase.COMPLETION, "竣工验收", "住建局", PRODUCTION, -30),
            node(Phase.PRODUCTION, "试生产", "项目企业", PRODUCTION, -15),
            node(Phase.PRODUCTION, "投产", "经发局", PRODUCTION, 0));

    private DefaultTemplate() {}

    private static TemplateNode node(Phase phase, String name, String unit, DateBase base, int offset) {
        return new TemplateNode(phase, name, null, unit, base, offset);
    }
}
