package com.parkops.investment.domain;

import com.parkops.shared.io.SheetColumn;
import java.util.Set;

/** The columns of a project file (API guide), headed by the English key or the Chinese label. */
enum ProjectColumn implements SheetColumn {
    CODE("code", "项目编号", true),
    NAME("name", "项目名称", true),
    INVESTOR("investor", "投资方", false),
    CAPITAL_SOURCE("capitalSource", "资金来源", true),
    AMOUNT("amount", "签约金额", false),
    CHAIN("chain", "产业链", false),
    SIGNED_ON("signedOn", "签约日期", false),
    STARTED_ON("startedOn", "开工日期", false),
    PRODUCTION_ON("productionOn", "投产日期", false),
    FUNDS_IN_PLACE("fundsInPlace", "实际到位资金", false),
    STAGE("stage", "当前阶段", true, "阶段", "项目阶段");

    /** The export's informational columns, skipped so an exported list can be imported again. */
    static final Set<String> EXPORT_ONLY = Set.of("招商团队", "负责人", "5020项目", "细分领域龙头", "上市企业", "折合万元", "项目状态");

    private final String key;
    private final String label;
    private final boolean required;
    private final Set<String> aliases;

    ProjectColumn(String key, String label, boolean required, String... aliases) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.aliases = Set.of(aliases);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public Set<String> aliases() {
        return aliases;
    }
}
