-- Economic indicators (经济运行监测). Every key leads with zone_id.

-- The catalogue: one row per version of an indicator definition. Installation defaults live
-- under the nil zone 00000000-0000-0000-0000-000000000000; a zone's own row for a code overrides
-- the default from its effective month on. effective_from is the first day of a month.
create table indicators.definition (
    zone_id          uuid not null,
    code             text not null,
    effective_from   date not null check (extract(day from effective_from) = 1),
    name_zh          text not null,
    name_en          text not null,
    unit             text not null,
    kind             text not null check (kind in ('FLOW', 'AVERAGE')),
    negative_allowed boolean not null default false,
    definition       text not null,
    sort_order       integer not null,
    created_by       text not null default 'system',
    created_at       timestamptz not null default now(),
    primary key (zone_id, code, effective_from)
);

-- One import file, enterprise submission or manual edit: who, when, on which basis.
create table indicators.batch (
    zone_id       uuid not null,
    id            uuid not null,
    source        text not null check (source in ('IMPORT', 'SUBMISSION', 'MANUAL')),
    basis         text not null check (basis in ('MONTHLY', 'YTD')),
    actor         text not null,
    file_name     text,
    row_count     integer not null default 0,
    value_count   integer not null default 0,
    warning_count integer not null default 0,
    note          text,
    created_at    timestamptz not null default now(),
    primary key (zone_id, id)
);

-- Revision history: one enterprise's figures for one month exactly as received in one batch
-- (indicator code -> value on the batch's basis). Never updated except for its status; the
-- latest ACCEPTED revision of each figure is what indicators.value holds.
create table indicators.report_revision (
    zone_id       uuid not null,
    enterprise_id uuid not null,
    period        date not null,
    batch_id      uuid not null,
    seq           bigint generated always as identity,
    status        text not null default 'ACCEPTED' check (status in ('ACCEPTED', 'PENDING', 'REJECTED')),
    source_row    integer,
    reported      jsonb not null,
    primary key (zone_id, enterprise_id, period, batch_id),
    foreign key (zone_id, batch_id) references indicators.batch (zone_id, id)
);

-- The figures that count: per enterprise, indicator and month the latest accepted reported value
-- with its basis, and both views derived consistently over the year:
--   FLOW:    ytd_value = cumulative Jan..month, month_value = ytd_value - previous reported ytd
--   AVERAGE: ytd_value = mean of the months reported so far, month_value = that month's figure
-- The key order serves the analysis queries (one zone, one indicator, a range of months).
create table indicators.value (
    zone_id       uuid not null,
    indicator     text not null,
    enterprise_id uuid not null,
    period        date not null,
    basis         text not null check (basis in ('MONTHLY', 'YTD')),
    reported      numeric not null,
    month_value   numeric not null,
    ytd_value     numeric not null,
    batch_id      uuid not null,
    primary key (zone_id, indicator, enterprise_id, period)
);

insert into indicators.definition
    (zone_id, code, effective_from, name_zh, name_en, unit, kind, negative_allowed, definition, sort_order)
values
    ('00000000-0000-0000-0000-000000000000', 'output', '2000-01-01', '工业总产值', 'Gross industrial output', '万元', 'FLOW', false,
     '以当年价格计算的工业企业在报告期内生产的工业产品总量', 10),
    ('00000000-0000-0000-0000-000000000000', 'revenue', '2000-01-01', '营业收入', 'Operating revenue', '万元', 'FLOW', false,
     '企业经营主要业务和其他业务所确认的收入总额', 20),
    ('00000000-0000-0000-0000-000000000000', 'mainRevenue', '2000-01-01', '主营业务收入', 'Main business revenue', '万元', 'FLOW', false,
     '企业经营主要业务所取得的收入；规上认定以年主营业务收入 2000 万元为界', 30),
    ('00000000-0000-0000-0000-000000000000', 'profit', '2000-01-01', '利润总额', 'Total profit', '万元', 'FLOW', true,
     '企业在报告期内实现的盈亏总额，亏损为负数', 40),
    ('00000000-0000-0000-0000-000000000000', 'tax', '2000-01-01', '实缴税金', 'Taxes paid', '万元', 'FLOW', false,
     '报告期内企业实际缴纳的各项税金，扣除退税', 50),
    ('00000000-0000-0000-0000-000000000000', 'valueAdded', '2000-01-01', '工业增加值', 'Industrial value added', '万元', 'FLOW', false,
     '工业企业在报告期内以货币形式表现的工业生产活动的最终成果', 60),
    ('00000000-0000-0000-0000-000000000000', 'energy', '2000-01-01', '综合能源消费量', 'Total energy consumption', '吨标准煤', 'FLOW', false,
     '报告期内企业消费的各种能源折合标准煤后的总量', 70),
    ('00000000-0000-0000-0000-000000000000', 'electricity', '2000-01-01', '用电量', 'Electricity consumption', '万千瓦时', 'FLOW', false,
     '报告期内企业的全部用电量', 80),
    ('00000000-0000-0000-0000-000000000000', 'employees', '2000-01-01', '从业人员平均人数', 'Average number of employees', '人', 'AVERAGE', false,
     '报告期内平均拥有的从业人员数，为各月人数的平均值，不按月累加', 90),
    ('00000000-0000-0000-0000-000000000000', 'rdExpense', '2000-01-01', '研发经费支出', 'R&D expenditure', '万元', 'FLOW', false,
     '报告期内用于研究与试验发展活动的全部实际支出', 100),
    ('00000000-0000-0000-0000-000000000000', 'fixedInvestment', '2000-01-01', '固定资产投资完成额', 'Fixed-asset investment completed', '万元', 'FLOW', false,
     '报告期内完成的固定资产投资额（在库项目，先入库后有数）', 110),
    ('00000000-0000-0000-0000-000000000000', 'cod', '2000-01-01', '化学需氧量排放量', 'COD emissions', '吨', 'FLOW', false,
     '报告期内排放的化学需氧量（主要污染物）', 120),
    ('00000000-0000-0000-0000-000000000000', 'nh3n', '2000-01-01', '氨氮排放量', 'Ammonia nitrogen emissions', '吨', 'FLOW', false,
     '报告期内排放的氨氮（主要污染物）', 130),
    ('00000000-0000-0000-0000-000000000000', 'so2', '2000-01-01', '二氧化硫排放量', 'SO2 emissions', '吨', 'FLOW', false,
     '报告期内排放的二氧化硫（主要污染物）', 140),
    ('00000000-0000-0000-0000-000000000000', 'nox', '2000-01-01', '氮氧化物排放量', 'NOx emissions', '吨', 'FLOW', false,
     '报告期内排放的氮氧化物（主要污染物）', 150),
    ('00000000-0000-0000-0000-000000000000', 'water', '2000-01-01', '用水量', 'Water consumption', '吨', 'FLOW', false,
     '报告期内企业的全部用水量', 160);
