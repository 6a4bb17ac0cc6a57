#include "storage/db/SchemaMigrator.h"

#include "storage/db/Connection.h"
#include "storage/db/Statement.h"
#include "storage/db/Transaction.h"

#include <string>

namespace ldn {
namespace {

// Version 1: people, their conditions and diaries, titration plans, medications, and the
// evidence model. Doses are whole micrograms; dates are ISO text. "Not logged" is the absence
// of a diary_day row, "missed" is status 'missed', and 0 mg is status 'taken' with dose_ug 0.
constexpr std::string_view kSchemaVersion1 = R"sql(
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE profile (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE condition (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'other'
        CHECK (category IN ('autoimmune', 'cancer', 'other', 'suggested_untried')),
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1))
);

-- Every other name a person may use for a condition. Bundled synonyms are replaced when a newer
-- evidence pack is installed; the person's own ('user') are never touched by a pack.
CREATE TABLE condition_synonym (
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    synonym TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(synonym)) > 0),
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    PRIMARY KEY (condition_id, synonym)
) WITHOUT ROWID;

CREATE TABLE profile_condition (
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE RESTRICT,
    diagnosed_on TEXT CHECK (diagnosed_on IS NULL OR date(diagnosed_on) IS diagnosed_on),
    PRIMARY KEY (profile_id, condition_id)
) WITHOUT ROWID;

CREATE TABLE symptom (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    UNIQUE (profile_id, name)
);

CREATE TABLE diary_day (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (date(day) IS day),
    status TEXT NOT NULL CHECK (status IN ('taken', 'missed')),
    dose_ug INTEGER CHECK (dose_ug IS NULL OR dose_ug BETWEEN 0 AND 1000000),
    time_taken TEXT CHECK (time_taken IS NULL OR time(time_taken) IS time_taken || ':00'),
    formulation TEXT
        CHECK (formulation IS NULL OR formulation IN ('capsule', 'liquid', 'tablet', 'sublingual', 'cream')),
    pharmacy TEXT NOT NULL DEFAULT '',
    batch TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (profile_id, day),
    CHECK ((status = 'taken' AND dose_ug IS NOT NULL)
        OR (status = 'missed' AND dose_ug IS NULL AND time_taken IS NULL))
);

CREATE TABLE symptom_score (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    symptom_id INTEGER NOT NULL REFERENCES symptom(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (day_id, symptom_id)
) WITHOUT ROWID;
CREATE INDEX symptom_score_by_symptom ON symptom_score(symptom_id);

CREATE TABLE side_effect (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
    PRIMARY KEY (day_id, name)
) WITHOUT ROWID;

CREATE TABLE day_event (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    event TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(event)) > 0),
    PRIMARY KEY (day_id, event)
);

-- Notes that are not the patient's own day note: carer annotations and free-standing notes.
CREATE TABLE annotation (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    day TEXT CHECK (day IS NULL OR date(day) IS day),
    author_role TEXT NOT NULL CHECK (author_role IN ('patient', 'carer')),
    author_name TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX annotation_by_day ON annotation(profile_id, day);

CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    dose_text TEXT NOT NULL DEFAULT '',
    started_on TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    stopped_on TEXT CHECK (stopped_on IS NULL OR date(stopped_on) IS stopped_on),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE titration_plan (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    template TEXT NOT NULL CHECK (template IN ('standard', 'weekly', 'sensitive', 'custom')),
    start_on TEXT NOT NULL CHECK (date(start_on) IS start_on),
    start_ug INTEGER NOT NULL CHECK (start_ug BETWEEN 0 AND 1000000),
    step_ug INTEGER NOT NULL CHECK (step_ug BETWEEN 0 AND 1000000),
    interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
    target_ug INTEGER NOT NULL CHECK (target_ug BETWEEN 0 AND 1000000),
    maximum_ug INTEGER NOT NULL CHECK (maximum_ug BETWEEN 0 AND 1000000),
    created_at TEXT NOT NULL,
    ended_on TEXT CHECK (ended_on IS NULL OR date(ended_on) IS ended_on)
);

-- Every deviation from a plan is kept: holds, step-downs, resumes and manual doses.
CREATE TABLE titration_adjustment (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES titration_plan(id) ON DELETE CASCADE,
    effective_on TEXT NOT NULL CHECK (date(effective_on) IS effective_on),
    kind TEXT NOT NULL CHECK (kind IN ('hold', 'step_down', 'resume', 'set_dose')),
    dose_ug INTEGER CHECK (dose_ug IS NULL OR dose_ug BETWEEN 0 AND 1000000),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Evidence model. Bundled rows carry the pack's stable key so a newer pack updates them in
-- place; the user's own rows have origin 'user' and no key. A bundled row the person edited has
-- user_modified = 1 and is left alone by later packs. The kind decides the design badge and
-- whether a claim counts in a summary ('unclassified': imported, design not set yet).
CREATE TABLE evidence_source (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('systematic_review', 'rct_parallel', 'rct_crossover', 'controlled_trial',
        'open_label', 'retrospective', 'case_series', 'guideline', 'trial_registration', 'mechanism',
        'patient_report', 'news_advocacy', 'unclassified')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    authors TEXT NOT NULL DEFAULT '',
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2200),
    publisher TEXT NOT NULL DEFAULT '',
    locator TEXT NOT NULL DEFAULT '',
    doi TEXT,
    pmid TEXT,
    pmcid TEXT,
    nct_id TEXT,
    eudract_id TEXT,
    actrn_id TEXT,
    url TEXT,
    peer_reviewed INTEGER NOT NULL DEFAULT 0 CHECK (peer_reviewed IN (0, 1)),
    conflict_of_interest TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    verification TEXT NOT NULL DEFAULT 'unconfirmed'
        CHECK (verification IN ('full_text', 'abstract', 'secondary', 'unconfirmed')),
    user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1))
);
-- Imports skip references already in the library, found by DOI, PubMed id, or title and year.
CREATE INDEX evidence_source_by_doi ON evidence_source(doi COLLATE NOCASE) WHERE doi IS NOT NULL;
CREATE INDEX evidence_source_by_pmid ON evidence_source(pmid) WHERE pmid IS NOT NULL;
CREATE INDEX evidence_source_by_title ON evidence_source(title COLLATE NOCASE, year);

CREATE TABLE evidence_claim (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(outcome)) > 0),
    population TEXT NOT NULL DEFAULT '',
    comparator TEXT NOT NULL CHECK (comparator IN ('placebo', 'active', 'baseline_only', 'none', 'not_reported')),
    direction TEXT NOT NULL CHECK (direction IN ('benefit', 'no_difference', 'harm', 'mixed', 'unclear')),
    summary TEXT NOT NULL DEFAULT '',
    effect_metric TEXT NOT NULL DEFAULT '',
    effect_value REAL,
    ci_low REAL,
    ci_high REAL,
    p_value TEXT NOT NULL DEFAULT '',
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    dose_text TEXT NOT NULL DEFAULT '',
    duration_text TEXT NOT NULL DEFAULT '',
    user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1)),
    CHECK ((ci_low IS NULL) = (ci_high IS NULL) AND (ci_low IS NULL OR ci_low <= ci_high))
);
CREATE INDEX evidence_claim_by_condition ON evidence_claim(condition_id, outcome);

CREATE TABLE evidence_claim_source (
    claim_id INTEGER NOT NULL REFERENCES evidence_claim(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES evidence_source(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, source_id)
) WITHOUT ROWID;
CREATE INDEX evidence_claim_source_by_source ON evidence_claim_source(source_id);

-- GRADE certainty for one condition x outcome body of evidence, with each up/downgrade. The
-- certainty is computed from the starting point and the reasons (GradeAssessment) and stored.
CREATE TABLE evidence_grade (
    id INTEGER PRIMARY KEY,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(outcome)) > 0),
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    starting_point TEXT NOT NULL CHECK (starting_point IN ('randomised', 'observational')),
    certainty TEXT NOT NULL CHECK (certainty IN ('high', 'moderate', 'low', 'very_low')),
    rationale TEXT NOT NULL DEFAULT '',
    UNIQUE (condition_id, outcome, origin)
);

CREATE TABLE evidence_grade_reason (
    grade_id INTEGER NOT NULL REFERENCES evidence_grade(id) ON DELETE CASCADE,
    domain TEXT NOT NULL CHECK (domain IN ('risk_of_bias', 'inconsistency', 'indirectness', 'imprecision',
        'publication_bias', 'large_effect', 'dose_response', 'confounding')),
    levels INTEGER NOT NULL CHECK (levels BETWEEN -2 AND 2 AND levels <> 0),
    explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (grade_id, domain)
) WITHOUT ROWID;

CREATE TABLE evidence_pack (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version > 0),
    installed_at TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search as the person types. Each index mirrors its base table through the triggers
-- below (rowid = the base row's id), so it can always be rebuilt from the base tables and never
-- holds anything they do not. prefix='2 3' makes two- and three-letter prefixes ("fi", "fib")
-- index lookups instead of scans.
CREATE VIRTUAL TABLE condition_fts USING fts5(name, synonyms,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE evidence_claim_fts USING fts5(outcome, population, summary,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE evidence_source_fts USING fts5(title, authors, publisher, identifiers,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER condition_fts_insert AFTER INSERT ON condition BEGIN
    INSERT INTO condition_fts (rowid, name, synonyms) VALUES (new.id, new.name, '');
END;
CREATE TRIGGER condition_fts_update AFTER UPDATE OF name ON condition BEGIN
    UPDATE condition_fts SET name = new.name WHERE rowid = new.id;
END;
CREATE TRIGGER condition_fts_delete AFTER DELETE ON condition BEGIN
    DELETE FROM condition_fts WHERE rowid = old.id;
END;
CREATE TRIGGER condition_synonym_fts_insert AFTER INSERT ON condition_synonym BEGIN
    UPDATE condition_fts SET synonyms = (SELECT coalesce(group_concat(synonym, ' | '), '')
        FROM condition_synonym WHERE condition_id = new.condition_id) WHERE rowid = new.condition_id;
END;
CREATE TRIGGER condition_synonym_fts_update AFTER UPDATE ON condition_synonym BEGIN
    UPDATE condition_fts SET synonyms = (SELECT coalesce(group_concat(synonym, ' | '), '')
        FROM condition_synonym WHERE condition_id = old.condition_id) WHERE rowid = old.condition_id;
    UPDATE condition_fts SET synonyms = (SELECT coalesce(group_concat(synonym, ' | '), '')
        FROM condition_synonym WHERE condition_id = new.condition_id) WHERE rowid = new.condition_id;
END;
CREATE TRIGGER condition_synonym_fts_delete AFTER DELETE ON condition_synonym BEGIN
    UPDATE condition_fts SET synonyms = (SELECT coalesce(group_concat(synonym, ' | '), '')
        FROM condition_synonym WHERE condition_id = old.condition_id) WHERE rowid = old.condition_id;
END;

CREATE TRIGGER evidence_claim_fts_insert AFTER INSERT ON evidence_claim BEGIN
    INSERT INTO evidence_claim_fts (rowid, outcome, population, summary)
        VALUES (new.id, new.outcome, new.population, new.summary);
END;
CREATE TRIGGER evidence_claim_fts_update AFTER UPDATE OF outcome, population, summary ON evidence_claim BEGIN
    UPDATE evidence_claim_fts SET outcome = new.outcome, population = new.population, summary = new.summary
        WHERE rowid = new.id;
END;
CREATE TRIGGER evidence_claim_fts_delete AFTER DELETE ON evidence_claim BEGIN
    DELETE FROM evidence_claim_fts WHERE rowid = old.id;
END;

CREATE TRIGGER evidence_source_fts_insert AFTER INSERT ON evidence_source BEGIN
    INSERT INTO evidence_source_fts (rowid, title, authors, publisher, identifiers)
        VALUES (new.id, new.title, new.authors, new.publisher,
            trim(coalesce(new.doi, '') || ' ' || coalesce(new.pmid, '') || ' ' || coalesce(new.pmcid, '') || ' '
                || coalesce(new.nct_id, '') || ' ' || coalesce(new.eudract_id, '') || ' '
                || coalesce(new.actrn_id, '')));
END;
CREATE TRIGGER evidence_source_fts_update
    AFTER UPDATE OF title, authors, publisher, doi, pmid, pmcid, nct_id, eudract_id, actrn_id ON evidence_source
BEGIN
    UPDATE evidence_source_fts SET title = new.title, authors = new.authors, publisher = new.publisher,
        identifiers = trim(coalesce(new.doi, '') || ' ' || coalesce(new.pmid, '') || ' ' || coalesce(new.pmcid, '')
            || ' ' || coalesce(new.nct_id, '') || ' ' || coalesce(new.eudract_id, '') || ' '
            || coalesce(new.actrn_id, ''))
        WHERE rowid = new.id;
END;
CREATE TRIGGER evidence_source_fts_delete AFTER DELETE ON evidence_source BEGIN
    DELETE FROM evidence_source_fts WHERE rowid = old.id;
END;
)sql";

// Version 2: each person's own preferences (doses typed in micrograms, a colour that tells people
// apart at a glance, a nightly reminder) and the symptoms the quick log offers.
constexpr std::string_view kSchemaVersion2 = R"sql(
ALTER TABLE profile ADD COLUMN dose_unit TEXT NOT NULL DEFAULT 'mg' CHECK (dose_unit IN ('mg', 'mcg'));
ALTER TABLE profile ADD COLUMN colour TEXT
    CHECK (colour IS NULL OR colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]');
ALTER TABLE profile ADD COLUMN reminder_time TEXT
    CHECK (reminder_time IS NULL OR time(reminder_time) IS reminder_time || ':00');
ALTER TABLE symptom ADD COLUMN quick_log INTEGER NOT NULL DEFAULT 0 CHECK (quick_log IN (0, 1));
)sql";

// Version 3: trials of LDN agreed with the GP (issue 19). One row per trial; its primary outcomes
// (symptoms, in the order given) and the person's own stopping rules in child tables. The columns
// of a blinded trial are all NULL for an open one and all set for a blinded one; the allocation
// and its unblinding code are kept only in `sealed_allocation`, scrambled with `seal_key`
// (SealedAllocation: against an accidental look, not a determined patient).
constexpr std::string_view kSchemaVersion3 = R"sql(
CREATE TABLE trial (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('open', 'blinded')),
    started_on TEXT NOT NULL CHECK (date(started_on) IS started_on),
    mid_points REAL NOT NULL CHECK (mid_points > 0 AND mid_points <= 10),
    baseline_days INTEGER NOT NULL CHECK (baseline_days BETWEEN 0 AND 90),
    review_weeks INTEGER NOT NULL CHECK (review_weeks BETWEEN 0 AND 104),
    review_on TEXT NOT NULL CHECK (date(review_on) IS review_on AND review_on >= started_on),
    created_at TEXT NOT NULL,
    stopped_on TEXT CHECK (stopped_on IS NULL OR (date(stopped_on) IS stopped_on AND stopped_on >= started_on)),
    stop_reason TEXT NOT NULL DEFAULT '',
    pairs INTEGER CHECK (pairs IS NULL OR pairs BETWEEN 2 AND 20),
    period_days INTEGER CHECK (period_days IS NULL OR period_days BETWEEN 7 AND 182),
    washout_days INTEGER CHECK (washout_days IS NULL OR washout_days >= 0),
    ldn_dose_ug INTEGER CHECK (ldn_dose_ug IS NULL OR ldn_dose_ug BETWEEN 1 AND 1000000),
    sealed_allocation TEXT,
    seal_key TEXT,
    unblinded_on TEXT CHECK (unblinded_on IS NULL OR date(unblinded_on) IS unblinded_on),
    CHECK ((stopped_on IS NULL) = (stop_reason = '')),
    CHECK ((kind = 'open' AND pairs IS NULL AND period_days IS NULL AND washout_days IS NULL
            AND ldn_dose_ug IS NULL AND sealed_allocation IS NULL AND seal_key IS NULL AND unblinded_on IS NULL)
        OR (kind = 'blinded' AND pairs IS NOT NULL AND period_days IS NOT NULL AND washout_days IS NOT NULL
            AND ldn_dose_ug IS NOT NULL AND sealed_allocation IS NOT NULL AND seal_key IS NOT NULL
            AND period_days >= washout_days + 3))
);
CREATE INDEX trial_by_profile ON trial(profile_id, started_on);

CREATE TABLE trial_outcome (
    trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
    symptom_id INTEGER NOT NULL REFERENCES symptom(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    PRIMARY KEY (trial_id, position),
    UNIQUE (trial_id, symptom_id)
);

CREATE TABLE trial_stop_rule (
    trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    rule TEXT NOT NULL CHECK (length(trim(rule)) > 0),
    PRIMARY KEY (trial_id, position)
);
)sql";

} // namespace

const std::vector<SchemaMigrator::Migration>& SchemaMigrator::migrations()
{
    static const std::vector<Migration> kMigrations{
        {1, "profiles, diary, titration plans, medications and the evidence model", kSchemaVersion1},
        {2, "a profile's dose unit, colour and reminder; the quick log's symptoms", kSchemaVersion2},
        {3, "trials of LDN agreed with the GP: protocol, outcomes and stopping rules", kSchemaVersion3},
    };
    return kMigrations;
}

int SchemaMigrator::latestVersion()
{
    return migrations().back().version;
}

int SchemaMigrator::currentVersion(Connection& connection)
{
    Statement statement = connection.prepare("PRAGMA user_version");
    statement.step();
    return statement.integer(0);
}

int SchemaMigrator::applicationId(Connection& connection)
{
    Statement statement = connection.prepare("PRAGMA application_id");
    statement.step();
    return statement.integer(0);
}

void SchemaMigrator::migrate(Connection& connection, int targetVersion)
{
    const int target = targetVersion > 0 ? targetVersion : latestVersion();
    const int current = currentVersion(connection);
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        Transaction transaction(connection);
        connection.execute(migration.sql);
        connection.execute("PRAGMA user_version = " + std::to_string(migration.version));
        if (migration.version == 1) {
            connection.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
        }
        transaction.commit();
    }
}

} // namespace ldn
