-- LDN Tracker diary at schema version 1 (written by make-fixture.sh; never regenerate).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO setting VALUES('fixture','schema fixture');
CREATE TABLE profile (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO profile VALUES(1,'Alex Fixture','2026-11-22T04:48:31Z','');
INSERT INTO profile VALUES(2,'Sam Fixture','2026-11-22T04:48:31Z','');
CREATE TABLE condition (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'other'
        CHECK (category IN ('autoimmune', 'cancer', 'other', 'suggested_untried')),
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE
);
INSERT INTO condition VALUES(1,'ME/CFS','other','','user',NULL);
INSERT INTO condition VALUES(2,'Fibromyalgia','other','','user',NULL);
CREATE TABLE condition_synonym (
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    synonym TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(synonym)) > 0),
    PRIMARY KEY (condition_id, synonym)
) WITHOUT ROWID;
INSERT INTO condition_synonym VALUES(1,'chronic fatigue syndrome');
CREATE TABLE profile_condition (
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE RESTRICT,
    diagnosed_on TEXT CHECK (diagnosed_on IS NULL OR date(diagnosed_on) IS diagnosed_on),
    PRIMARY KEY (profile_id, condition_id)
) WITHOUT ROWID;
INSERT INTO profile_condition VALUES(1,1,NULL);
INSERT INTO profile_condition VALUES(1,2,NULL);
CREATE TABLE symptom (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    UNIQUE (profile_id, name)
);
INSERT INTO symptom VALUES(1,1,'pain',0,0,0);
INSERT INTO symptom VALUES(2,1,'fatigue',0,1,0);
INSERT INTO symptom VALUES(3,1,'sleep quality',1,2,0);
INSERT INTO symptom VALUES(4,1,'brain fog',0,3,0);
INSERT INTO symptom VALUES(5,1,'mood',1,4,0);
INSERT INTO symptom VALUES(6,2,'pain',0,0,0);
INSERT INTO symptom VALUES(7,2,'fatigue',0,1,0);
INSERT INTO symptom VALUES(8,2,'sleep quality',1,2,0);
INSERT INTO symptom VALUES(9,2,'brain fog',0,3,0);
INSERT INTO symptom VALUES(10,2,'mood',1,4,0);
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
INSERT INTO diary_day VALUES(1,2,'2026-10-24','taken',0,'22:01',NULL,'','','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(2,2,'2026-10-25','taken',0,'22:49',NULL,'','','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(3,2,'2026-10-26','taken',0,'22:03',NULL,'','','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(4,2,'2026-10-27','taken',1500,'21:41','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(5,2,'2026-10-28','taken',1500,'21:36','capsule','Demo Compounding Pharmacy','B1000','Walked to the shop and back; paid for it in the afternoon.','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(6,2,'2026-10-29','taken',1500,'22:54','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(7,2,'2026-10-30','taken',1500,'21:48','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(8,2,'2026-10-31','taken',1500,'22:14','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(9,2,'2026-11-01','taken',1500,'22:33','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(10,2,'2026-11-02','taken',1500,'22:44','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(11,2,'2026-11-03','taken',1500,'22:14','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(12,2,'2026-11-04','taken',1500,'22:29','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(13,2,'2026-11-05','taken',1500,'21:52','capsule','Demo Compounding Pharmacy','B1000','Good day, managed some gardening.','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(14,2,'2026-11-06','taken',1500,'22:55','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(15,2,'2026-11-07','taken',1500,'23:18','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(16,2,'2026-11-09','taken',1500,'23:01','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(17,2,'2026-11-10','taken',3000,'23:15','capsule','Demo Compounding Pharmacy','B1000','Felt clearer in the morning than usual.','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(18,2,'2026-11-11','taken',3000,'23:06','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(19,2,'2026-11-12','taken',3000,'23:21','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(20,2,'2026-11-13','taken',3000,'21:57','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(21,2,'2026-11-14','taken',3000,'23:22','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(22,2,'2026-11-15','taken',3000,'22:41','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(23,2,'2026-11-16','taken',3000,'22:01','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(24,2,'2026-11-17','taken',3000,'22:53','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(25,2,'2026-11-18','taken',3000,'22:52','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(26,2,'2026-11-20','taken',3000,'22:38','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(27,2,'2026-11-21','taken',3000,'22:06','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
INSERT INTO diary_day VALUES(28,2,'2026-11-22','taken',3000,'21:51','capsule','Demo Compounding Pharmacy','B1000','','2026-11-22T04:48:31Z');
CREATE TABLE symptom_score (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    symptom_id INTEGER NOT NULL REFERENCES symptom(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (day_id, symptom_id)
) WITHOUT ROWID;
INSERT INTO symptom_score VALUES(1,6,6);
INSERT INTO symptom_score VALUES(1,7,7);
INSERT INTO symptom_score VALUES(1,8,3);
INSERT INTO symptom_score VALUES(1,9,6);
INSERT INTO symptom_score VALUES(1,10,3);
INSERT INTO symptom_score VALUES(2,6,6);
INSERT INTO symptom_score VALUES(2,7,6);
INSERT INTO symptom_score VALUES(2,8,4);
INSERT INTO symptom_score VALUES(2,9,7);
INSERT INTO symptom_score VALUES(2,10,5);
INSERT INTO symptom_score VALUES(3,6,7);
INSERT INTO symptom_score VALUES(3,7,7);
INSERT INTO symptom_score VALUES(3,8,5);
INSERT INTO symptom_score VALUES(3,9,7);
INSERT INTO symptom_score VALUES(3,10,5);
INSERT INTO symptom_score VALUES(4,6,5);
INSERT INTO symptom_score VALUES(4,7,6);
INSERT INTO symptom_score VALUES(4,8,4);
INSERT INTO symptom_score VALUES(4,9,6);
INSERT INTO symptom_score VALUES(4,10,4);
INSERT INTO symptom_score VALUES(5,6,5);
INSERT INTO symptom_score VALUES(5,7,6);
INSERT INTO symptom_score VALUES(5,8,5);
INSERT INTO symptom_score VALUES(5,9,6);
INSERT INTO symptom_score VALUES(5,10,4);
INSERT INTO symptom_score VALUES(6,6,8);
INSERT INTO symptom_score VALUES(6,7,7);
INSERT INTO symptom_score VALUES(6,8,4);
INSERT INTO symptom_score VALUES(6,9,4);
INSERT INTO symptom_score VALUES(6,10,4);
INSERT INTO symptom_score VALUES(7,6,7);
INSERT INTO symptom_score VALUES(7,7,6);
INSERT INTO symptom_score VALUES(7,8,3);
INSERT INTO symptom_score VALUES(7,9,6);
INSERT INTO symptom_score VALUES(7,10,3);
INSERT INTO symptom_score VALUES(8,6,8);
INSERT INTO symptom_score VALUES(8,7,8);
INSERT INTO symptom_score VALUES(8,8,3);
INSERT INTO symptom_score VALUES(8,9,4);
INSERT INTO symptom_score VALUES(8,10,3);
INSERT INTO symptom_score VALUES(9,6,7);
INSERT INTO symptom_score VALUES(9,7,5);
INSERT INTO symptom_score VALUES(9,8,5);
INSERT INTO symptom_score VALUES(9,9,5);
INSERT INTO symptom_score VALUES(9,10,4);
INSERT INTO symptom_score VALUES(10,6,9);
INSERT INTO symptom_score VALUES(10,7,7);
INSERT INTO symptom_score VALUES(10,8,4);
INSERT INTO symptom_score VALUES(10,9,7);
INSERT INTO symptom_score VALUES(10,10,3);
INSERT INTO symptom_score VALUES(11,6,7);
INSERT INTO symptom_score VALUES(11,7,8);
INSERT INTO symptom_score VALUES(11,8,3);
INSERT INTO symptom_score VALUES(11,9,7);
INSERT INTO symptom_score VALUES(11,10,3);
INSERT INTO symptom_score VALUES(12,6,6);
INSERT INTO symptom_score VALUES(12,7,4);
INSERT INTO symptom_score VALUES(12,8,3);
INSERT INTO symptom_score VALUES(12,9,5);
INSERT INTO symptom_score VALUES(12,10,4);
INSERT INTO symptom_score VALUES(13,6,8);
INSERT INTO symptom_score VALUES(13,7,8);
INSERT INTO symptom_score VALUES(13,8,4);
INSERT INTO symptom_score VALUES(13,9,8);
INSERT INTO symptom_score VALUES(13,10,3);
INSERT INTO symptom_score VALUES(14,6,7);
INSERT INTO symptom_score VALUES(14,7,6);
INSERT INTO symptom_score VALUES(14,8,3);
INSERT INTO symptom_score VALUES(14,9,6);
INSERT INTO symptom_score VALUES(14,10,4);
INSERT INTO symptom_score VALUES(15,6,8);
INSERT INTO symptom_score VALUES(15,7,6);
INSERT INTO symptom_score VALUES(15,8,4);
INSERT INTO symptom_score VALUES(15,9,4);
INSERT INTO symptom_score VALUES(15,10,3);
INSERT INTO symptom_score VALUES(16,6,7);
INSERT INTO symptom_score VALUES(16,7,7);
INSERT INTO symptom_score VALUES(16,8,4);
INSERT INTO symptom_score VALUES(16,9,5);
INSERT INTO symptom_score VALUES(16,10,5);
INSERT INTO symptom_score VALUES(17,6,6);
INSERT INTO symptom_score VALUES(17,7,7);
INSERT INTO symptom_score VALUES(17,8,4);
INSERT INTO symptom_score VALUES(17,9,6);
INSERT INTO symptom_score VALUES(17,10,2);
INSERT INTO symptom_score VALUES(18,6,4);
INSERT INTO symptom_score VALUES(18,7,7);
INSERT INTO symptom_score VALUES(18,8,5);
INSERT INTO symptom_score VALUES(18,9,6);
INSERT INTO symptom_score VALUES(18,10,5);
INSERT INTO symptom_score VALUES(19,6,8);
INSERT INTO symptom_score VALUES(19,7,9);
INSERT INTO symptom_score VALUES(19,8,0);
INSERT INTO symptom_score VALUES(19,9,6);
INSERT INTO symptom_score VALUES(19,10,2);
INSERT INTO symptom_score VALUES(20,6,6);
INSERT INTO symptom_score VALUES(20,7,10);
INSERT INTO symptom_score VALUES(20,8,1);
INSERT INTO symptom_score VALUES(20,9,7);
INSERT INTO symptom_score VALUES(20,10,3);
INSERT INTO symptom_score VALUES(21,6,6);
INSERT INTO symptom_score VALUES(21,7,7);
INSERT INTO symptom_score VALUES(21,8,3);
INSERT INTO symptom_score VALUES(21,9,6);
INSERT INTO symptom_score VALUES(21,10,4);
INSERT INTO symptom_score VALUES(22,6,8);
INSERT INTO symptom_score VALUES(22,7,7);
INSERT INTO symptom_score VALUES(22,8,6);
INSERT INTO symptom_score VALUES(22,9,6);
INSERT INTO symptom_score VALUES(22,10,5);
INSERT INTO symptom_score VALUES(23,6,5);
INSERT INTO symptom_score VALUES(23,7,7);
INSERT INTO symptom_score VALUES(23,8,6);
INSERT INTO symptom_score VALUES(23,9,6);
INSERT INTO symptom_score VALUES(23,10,4);
INSERT INTO symptom_score VALUES(24,6,7);
INSERT INTO symptom_score VALUES(24,7,6);
INSERT INTO symptom_score VALUES(24,8,4);
INSERT INTO symptom_score VALUES(24,9,5);
INSERT INTO symptom_score VALUES(24,10,5);
INSERT INTO symptom_score VALUES(25,6,7);
INSERT INTO symptom_score VALUES(25,7,7);
INSERT INTO symptom_score VALUES(25,8,6);
INSERT INTO symptom_score VALUES(25,9,6);
INSERT INTO symptom_score VALUES(25,10,4);
INSERT INTO symptom_score VALUES(26,6,6);
INSERT INTO symptom_score VALUES(26,7,7);
INSERT INTO symptom_score VALUES(26,8,6);
INSERT INTO symptom_score VALUES(26,9,6);
INSERT INTO symptom_score VALUES(26,10,6);
INSERT INTO symptom_score VALUES(27,6,4);
INSERT INTO symptom_score VALUES(27,7,6);
INSERT INTO symptom_score VALUES(27,8,2);
INSERT INTO symptom_score VALUES(27,9,6);
INSERT INTO symptom_score VALUES(27,10,4);
INSERT INTO symptom_score VALUES(28,6,7);
INSERT INTO symptom_score VALUES(28,7,8);
INSERT INTO symptom_score VALUES(28,8,1);
INSERT INTO symptom_score VALUES(28,9,9);
INSERT INTO symptom_score VALUES(28,10,4);
CREATE TABLE side_effect (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
    PRIMARY KEY (day_id, name)
) WITHOUT ROWID;
INSERT INTO side_effect VALUES(4,'insomnia',2);
INSERT INTO side_effect VALUES(4,'vivid dreams',2);
INSERT INTO side_effect VALUES(11,'vivid dreams',1);
INSERT INTO side_effect VALUES(12,'vivid dreams',1);
INSERT INTO side_effect VALUES(17,'vivid dreams',2);
INSERT INTO side_effect VALUES(18,'insomnia',3);
INSERT INTO side_effect VALUES(20,'insomnia',3);
INSERT INTO side_effect VALUES(21,'vivid dreams',2);
INSERT INTO side_effect VALUES(23,'headache',1);
INSERT INTO side_effect VALUES(23,'vivid dreams',1);
CREATE TABLE day_event (
    day_id INTEGER NOT NULL REFERENCES diary_day(id) ON DELETE CASCADE,
    event TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(event)) > 0),
    PRIMARY KEY (day_id, event)
);
INSERT INTO day_event VALUES(13,'infection');
INSERT INTO day_event VALUES(19,'crash after exertion');
INSERT INTO day_event VALUES(20,'crash after exertion');
INSERT INTO day_event VALUES(28,'crash after exertion');
CREATE TABLE annotation (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    day TEXT CHECK (day IS NULL OR date(day) IS day),
    author_role TEXT NOT NULL CHECK (author_role IN ('patient', 'carer')),
    author_name TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at TEXT NOT NULL
);
INSERT INTO annotation VALUES(1,2,'2026-01-10','carer','Jo','Looked tired after the visit.','2026-01-10T20:00:00Z');
CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    dose_text TEXT NOT NULL DEFAULT '',
    started_on TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    stopped_on TEXT CHECK (stopped_on IS NULL OR date(stopped_on) IS stopped_on),
    notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO medication VALUES(1,2,'Levothyroxine','50 micrograms','2020-05-01',NULL,'Hashimoto''s');
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
INSERT INTO titration_plan VALUES(1,2,'standard','2026-01-01',1500,1500,14,4500,6000,'2026-01-01T09:00:00Z',NULL);
CREATE TABLE titration_adjustment (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES titration_plan(id) ON DELETE CASCADE,
    effective_on TEXT NOT NULL CHECK (date(effective_on) IS effective_on),
    kind TEXT NOT NULL CHECK (kind IN ('hold', 'step_down', 'resume', 'set_dose')),
    dose_ug INTEGER CHECK (dose_ug IS NULL OR dose_ug BETWEEN 0 AND 1000000),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
INSERT INTO titration_adjustment VALUES(1,1,'2026-01-20','step_down',750,'insomnia','2026-01-20T09:00:00Z');
CREATE TABLE evidence_source (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('systematic_review', 'rct_parallel', 'rct_crossover', 'open_label',
        'retrospective', 'case_series', 'guideline', 'trial_registration', 'mechanism', 'patient_report',
        'news_advocacy')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    authors TEXT NOT NULL DEFAULT '',
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2200),
    publisher TEXT NOT NULL DEFAULT '',
    doi TEXT,
    pmid TEXT,
    pmcid TEXT,
    nct_id TEXT,
    eudract_id TEXT,
    actrn_id TEXT,
    url TEXT,
    peer_reviewed INTEGER NOT NULL DEFAULT 0 CHECK (peer_reviewed IN (0, 1)),
    conflict_of_interest TEXT NOT NULL DEFAULT '',
    verification TEXT NOT NULL DEFAULT 'unconfirmed'
        CHECK (verification IN ('full_text', 'abstract', 'secondary', 'unconfirmed')),
    user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1))
);
INSERT INTO evidence_source VALUES(1,'bundled','younger-2013','rct_crossover','Low-dose naltrexone for the treatment of fibromyalgia','Younger J, Noor N, McCue R, Mackey S',2013,'Arthritis & Rheumatism','10.1002/art.37734',NULL,NULL,'NCT00568555',NULL,NULL,NULL,1,'','abstract',0);
CREATE TABLE evidence_claim (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    bundled_key TEXT UNIQUE,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (length(trim(outcome)) > 0),
    population TEXT NOT NULL DEFAULT '',
    comparator TEXT NOT NULL CHECK (comparator IN ('placebo', 'active', 'baseline_only', 'none')),
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
    user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1))
);
INSERT INTO evidence_claim VALUES(1,'bundled','younger-2013-pain',2,'pain','women with fibromyalgia','placebo','benefit','Pain fell more on LDN than on placebo.','',NULL,NULL,NULL,'',31,'4.5 mg','',0);
CREATE TABLE evidence_claim_source (
    claim_id INTEGER NOT NULL REFERENCES evidence_claim(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES evidence_source(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, source_id)
) WITHOUT ROWID;
INSERT INTO evidence_claim_source VALUES(1,1);
CREATE TABLE evidence_grade (
    id INTEGER PRIMARY KEY,
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (length(trim(outcome)) > 0),
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    certainty TEXT NOT NULL CHECK (certainty IN ('high', 'moderate', 'low', 'very_low')),
    rationale TEXT NOT NULL DEFAULT '',
    UNIQUE (condition_id, outcome, origin)
);
INSERT INTO evidence_grade VALUES(1,2,'pain','bundled','low','small trials with conflicting results');
CREATE TABLE evidence_grade_reason (
    grade_id INTEGER NOT NULL REFERENCES evidence_grade(id) ON DELETE CASCADE,
    domain TEXT NOT NULL CHECK (domain IN ('risk_of_bias', 'inconsistency', 'indirectness', 'imprecision',
        'publication_bias', 'large_effect', 'dose_response', 'confounding')),
    levels INTEGER NOT NULL CHECK (levels BETWEEN -2 AND 2 AND levels <> 0),
    explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (grade_id, domain)
) WITHOUT ROWID;
INSERT INTO evidence_grade_reason VALUES(1,'imprecision',-1,'few participants');
CREATE TABLE evidence_pack (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version > 0),
    installed_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO evidence_pack VALUES('ldn-evidence',1,'2026-01-01T09:00:00Z');
CREATE INDEX symptom_score_by_symptom ON symptom_score(symptom_id);
CREATE INDEX annotation_by_day ON annotation(profile_id, day);
CREATE INDEX evidence_claim_by_condition ON evidence_claim(condition_id, outcome);
CREATE INDEX evidence_claim_source_by_source ON evidence_claim_source(source_id);
COMMIT;
PRAGMA application_id = 1279544916;
PRAGMA user_version = 1;
