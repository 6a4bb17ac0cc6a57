#!/usr/bin/env bash
# Writes schema-vN.sql: a dump of a small diary at the current schema version with at least one
# row in every table. Run it once, when a schema version is released, and commit the output;
# never regenerate the fixture of a version that has already been released.
#
# Usage: tests/data/migrations/make-fixture.sh BUILD_DIR VERSION
set -euo pipefail
build_dir=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/fixture.sqlite"
cli="$build_dir/bin/ldn-tracker-cli"

# Own conditions: --condition would install the whole bundled evidence pack into the fixture.
"$cli" --db "$db" profile add "Alex Fixture" --own-condition "ME/CFS" --own-condition "Fibromyalgia"
"$cli" --db "$db" demo --profile "Sam Fixture" --days 30 --seed 11
sqlite3 "$db" <<'SQL'
INSERT INTO setting (key, value) VALUES ('fixture', 'schema fixture');
INSERT INTO condition_synonym (condition_id, synonym)
    SELECT id, 'chronic fatigue syndrome' FROM condition WHERE name = 'ME/CFS';
INSERT INTO annotation (profile_id, day, author_role, author_name, body, created_at)
    SELECT id, '2026-01-10', 'carer', 'Jo', 'Looked tired after the visit.', '2026-01-10T20:00:00Z'
    FROM profile WHERE name = 'Sam Fixture';
INSERT INTO medication (profile_id, name, dose_text, started_on, notes)
    SELECT id, 'Levothyroxine', '50 micrograms', '2020-05-01', 'Hashimoto''s' FROM profile WHERE name = 'Sam Fixture';
INSERT INTO titration_plan (profile_id, template, start_on, start_ug, step_ug, interval_days, target_ug,
                            maximum_ug, created_at)
    SELECT id, 'standard', '2026-01-01', 1500, 1500, 14, 4500, 6000, '2026-01-01T09:00:00Z'
    FROM profile WHERE name = 'Sam Fixture';
INSERT INTO titration_adjustment (plan_id, effective_on, kind, dose_ug, reason, created_at)
    VALUES (1, '2026-01-20', 'step_down', 750, 'insomnia', '2026-01-20T09:00:00Z');
INSERT INTO evidence_source (origin, bundled_key, kind, title, authors, year, publisher, locator, doi, pmid, nct_id,
                             peer_reviewed, verification)
    VALUES ('bundled', 'younger-2013', 'rct_crossover', 'Low-dose naltrexone for the treatment of fibromyalgia',
            'Younger J, Noor N, McCue R, Mackey S', 2013, 'Arthritis & Rheumatism', '65(2):529-538',
            '10.1002/art.37734', NULL, 'NCT00568555', 1, 'abstract');
INSERT INTO evidence_source (origin, kind, title, authors, year, publisher, pmid, pmcid, eudract_id, actrn_id, url,
                             conflict_of_interest, note, user_modified)
    VALUES ('user', 'unclassified', 'A paper my consultant gave me', 'Smith A', 2021, 'Some Journal', '12345678',
            'PMC1234567', '2019-000702-30', 'ACTRN12624001162505', 'https://example.org/paper', 'none declared',
            'imported from RIS', 0);
INSERT INTO evidence_claim (origin, bundled_key, condition_id, outcome, population, comparator, direction, summary,
                            effect_metric, effect_value, ci_low, ci_high, p_value, participants, dose_text,
                            duration_text)
    SELECT 'bundled', 'younger-2013-pain', id, 'pain', 'women with fibromyalgia', 'placebo', 'benefit',
           'Pain fell more on LDN than on placebo.', 'difference in pain', -0.5, -0.9, -0.1, '0.016', 31, '4.5 mg',
           '10 weeks'
    FROM condition WHERE name = 'Fibromyalgia';
INSERT INTO evidence_claim_source (claim_id, source_id) VALUES (1, 1);
INSERT INTO evidence_grade (condition_id, outcome, origin, bundled_key, starting_point, certainty, rationale)
    SELECT id, 'pain', 'bundled', 'fibromyalgia-pain', 'randomised', 'moderate', 'small trials with conflicting results'
    FROM condition WHERE name = 'Fibromyalgia';
INSERT INTO evidence_grade_reason (grade_id, domain, levels, explanation)
    VALUES (1, 'imprecision', -1, 'few participants');
INSERT INTO evidence_pack (name, version, installed_at) VALUES ('ldn-evidence', 1, '2026-01-01T09:00:00Z');
-- Schema 2: a person's preferences and the quick log's symptoms.
UPDATE profile SET dose_unit = 'mcg', colour = '#2a7ab0', reminder_time = '21:30' WHERE name = 'Sam Fixture';
UPDATE symptom SET quick_log = 1 WHERE name IN ('pain', 'fatigue') AND profile_id = (SELECT id FROM profile WHERE name = 'Sam Fixture');
SQL
if [ "$version" -ge 3 ]; then
    # Schema 3: a trial agreed with the GP, its outcomes and the person's own stopping rule (an open
    # trial, stopped early so that every column of an open trial holds a value).
    sqlite3 "$db" <<'SQL'
INSERT INTO trial (profile_id, kind, started_on, mid_points, baseline_days, review_weeks, review_on, created_at,
                   stopped_on, stop_reason)
    SELECT id, 'open', '2026-01-01', 1.5, 14, 12, '2026-04-09', '2026-01-01T09:00:00Z', '2026-02-01',
           'moved abroad' FROM profile WHERE name = 'Sam Fixture';
INSERT INTO trial_outcome (trial_id, symptom_id, position)
    SELECT 1, id, 1 FROM symptom WHERE name = 'pain' AND profile_id = (SELECT id FROM profile WHERE name = 'Sam Fixture');
INSERT INTO trial_stop_rule (trial_id, position, rule) VALUES (1, 1, 'if I cannot sleep for a week');
SQL
fi
app_id=$(sqlite3 "$db" 'PRAGMA application_id')
user_version=$(sqlite3 "$db" 'PRAGMA user_version')
if [ "$user_version" != "$version" ]; then
    echo "the build writes schema $user_version, not $version" >&2
    exit 1
fi
{
    echo "-- LDN Tracker diary at schema version $version (written by make-fixture.sh; never regenerate)."
    sqlite3 "$db" .dump
    echo "PRAGMA application_id = $app_id;"
    echo "PRAGMA user_version = $version;"
} >"$here/schema-v$version.sql"
echo "wrote $here/schema-v$version.sql"
