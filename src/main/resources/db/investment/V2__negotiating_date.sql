-- The pipeline's second stage (洽谈) gets its date like every other stage, so a project's timeline
-- shows when each stage was reached; projects are often listed by team.
alter table investment.project add column negotiating_on date;

create index project_team on investment.project (zone_id, team_id);
