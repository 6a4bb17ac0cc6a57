-- LDN Tracker diary at schema version 3 (written by make-fixture.sh; never regenerate).
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
, dose_unit TEXT NOT NULL DEFAULT 'mg' CHECK (dose_unit IN ('mg', 'mcg')), colour TEXT
    CHECK (colour IS NULL OR colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'), reminder_time TEXT
    CHECK (reminder_time IS NULL OR time(reminder_time) IS reminder_time || ':00'));
INSERT INTO profile VALUES(1,'Alex Fixture','2026-12-07T01:09:33Z','','mg',NULL,NULL);
INSERT INTO profile VALUES(2,'Sam Fixture','2026-12-07T01:09:33Z','','mcg','#2a7ab0','21:30');
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
INSERT INTO condition VALUES(1,'ME/CFS','other','','user',NULL,0);
INSERT INTO condition VALUES(2,'Fibromyalgia','other','','user',NULL,0);
CREATE TABLE condition_synonym (
    condition_id INTEGER NOT NULL REFERENCES condition(id) ON DELETE CASCADE,
    synonym TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(synonym)) > 0),
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    PRIMARY KEY (condition_id, synonym)
) WITHOUT ROWID;
INSERT INTO condition_synonym VALUES(1,'chronic fatigue syndrome','user');
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
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)), quick_log INTEGER NOT NULL DEFAULT 0 CHECK (quick_log IN (0, 1)),
    UNIQUE (profile_id, name)
);
INSERT INTO symptom VALUES(1,1,'pain',0,0,0,0);
INSERT INTO symptom VALUES(2,1,'fatigue',0,1,0,0);
INSERT INTO symptom VALUES(3,1,'sleep quality',1,2,0,0);
INSERT INTO symptom VALUES(4,1,'brain fog',0,3,0,0);
INSERT INTO symptom VALUES(5,1,'mood',1,4,0,0);
INSERT INTO symptom VALUES(6,2,'pain',0,0,0,1);
INSERT INTO symptom VALUES(7,2,'fatigue',0,1,0,1);
INSERT INTO symptom VALUES(8,2,'sleep quality',1,2,0,0);
INSERT INTO symptom VALUES(9,2,'brain fog',0,3,0,0);
INSERT INTO symptom VALUES(10,2,'mood',1,4,0,0);
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
INSERT INTO diary_day VALUES(1,2,'2026-11-08','taken',0,'22:01',NULL,'','','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(2,2,'2026-11-09','taken',0,'22:49',NULL,'','','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(3,2,'2026-11-10','taken',0,'22:03',NULL,'','','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(4,2,'2026-11-11','taken',1500,'21:41','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(5,2,'2026-11-12','taken',1500,'21:36','capsule','Demo Compounding Pharmacy','B1000','Walked to the shop and back; paid for it in the afternoon.','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(6,2,'2026-11-13','taken',1500,'22:54','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(7,2,'2026-11-14','taken',1500,'21:48','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(8,2,'2026-11-15','taken',1500,'22:14','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(9,2,'2026-11-16','taken',1500,'22:33','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(10,2,'2026-11-17','taken',1500,'22:44','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(11,2,'2026-11-18','taken',1500,'22:14','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(12,2,'2026-11-19','taken',1500,'22:29','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(13,2,'2026-11-20','taken',1500,'21:52','capsule','Demo Compounding Pharmacy','B1000','Good day, managed some gardening.','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(14,2,'2026-11-21','taken',1500,'22:55','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(15,2,'2026-11-22','taken',1500,'23:18','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(16,2,'2026-11-24','taken',1500,'23:01','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(17,2,'2026-11-25','taken',3000,'23:15','capsule','Demo Compounding Pharmacy','B1000','Felt clearer in the morning than usual.','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(18,2,'2026-11-26','taken',3000,'23:06','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(19,2,'2026-11-27','taken',3000,'23:21','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(20,2,'2026-11-28','taken',3000,'21:57','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(21,2,'2026-11-29','taken',3000,'23:22','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(22,2,'2026-11-30','taken',3000,'22:41','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(23,2,'2026-12-01','taken',3000,'22:01','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(24,2,'2026-12-02','taken',3000,'22:53','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(25,2,'2026-12-03','taken',3000,'22:52','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(26,2,'2026-12-05','taken',3000,'22:38','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(27,2,'2026-12-06','taken',3000,'22:06','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
INSERT INTO diary_day VALUES(28,2,'2026-12-07','taken',3000,'21:51','capsule','Demo Compounding Pharmacy','B1000','','2026-12-07T01:09:33Z');
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
INSERT INTO evidence_source VALUES(1,'bundled','younger-2013','rct_crossover','Low-dose naltrexone for the treatment of fibromyalgia','Younger J, Noor N, McCue R, Mackey S',2013,'Arthritis & Rheumatism','65(2):529-538','10.1002/art.37734',NULL,NULL,'NCT00568555',NULL,NULL,NULL,1,'','','abstract',0);
INSERT INTO evidence_source VALUES(2,'user',NULL,'unclassified','A paper my consultant gave me','Smith A',2021,'Some Journal','',NULL,'12345678','PMC1234567',NULL,'2019-000702-30','ACTRN12624001162505','https://example.org/paper',0,'none declared','imported from RIS','unconfirmed',0);
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
INSERT INTO evidence_claim VALUES(1,'bundled','younger-2013-pain',2,'pain','women with fibromyalgia','placebo','benefit','Pain fell more on LDN than on placebo.','difference in pain',-0.5,-0.9000000000000000222,-0.10000000000000000555,'0.016',31,'4.5 mg','10 weeks',0);
CREATE TABLE evidence_claim_source (
    claim_id INTEGER NOT NULL REFERENCES evidence_claim(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES evidence_source(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, source_id)
) WITHOUT ROWID;
INSERT INTO evidence_claim_source VALUES(1,1);
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
INSERT INTO evidence_grade VALUES(1,2,'pain','bundled','fibromyalgia-pain','randomised','moderate','small trials with conflicting results');
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
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','condition_fts','condition_fts',0,'CREATE VIRTUAL TABLE condition_fts USING fts5(name, synonyms,
    tokenize = ''unicode61 remove_diacritics 2'', prefix = ''2 3'')');
CREATE TABLE IF NOT EXISTS 'condition_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO condition_fts_data VALUES(1,X'020303');
INSERT INTO condition_fts_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO condition_fts_data VALUES(137438953473,X'0000002b043063667301020301026d65010202000331636601020301026d650102020004326366730102030408070807');
INSERT INTO condition_fts_data VALUES(274877906945,X'000000260d30666962726f6d79616c6769610202020003316669020202000432666962020202041108');
INSERT INTO condition_fts_data VALUES(412316860417,X'0000008c0430636673010303020668726f6e69630106010102010766617469677565010601010301026d65010302010873796e64726f6d6501060101040003316366010303020168010601010201026661010601010301026d6501030201027379010601010400043263667301030302026872010601010201036661740106010103010373796e010601010404080d0e070f080809070909090a');
CREATE TABLE IF NOT EXISTS 'condition_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO condition_fts_idx VALUES(1,X'',2);
INSERT INTO condition_fts_idx VALUES(2,X'',2);
INSERT INTO condition_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'condition_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO condition_fts_content VALUES(1,'ME/CFS','chronic fatigue syndrome');
INSERT INTO condition_fts_content VALUES(2,'Fibromyalgia','');
CREATE TABLE IF NOT EXISTS 'condition_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO condition_fts_docsize VALUES(1,X'0203');
INSERT INTO condition_fts_docsize VALUES(2,X'0100');
CREATE TABLE IF NOT EXISTS 'condition_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO condition_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','evidence_claim_fts','evidence_claim_fts',0,'CREATE VIRTUAL TABLE evidence_claim_fts USING fts5(outcome, population, summary,
    tokenize = ''unicode61 remove_diacritics 2'', prefix = ''2 3'')');
CREATE TABLE IF NOT EXISTS 'evidence_claim_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO evidence_claim_fts_data VALUES(1,X'01010308');
INSERT INTO evidence_claim_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO evidence_claim_fts_data VALUES(137438953473,X'0000012d053066656c6c0106010203020b6962726f6d79616c676961010601010401036c646e010601020601046d6f7265010601020401026f6e01080102050501047061696e01080201020202066c616365626f010601020901047468616e0106010207010477697468010601010302046f6d656e010601010200033166650106010203020169010601010401026c64010601020601026d6f010601020401026f6e0108010205050102706101080201020202016c010601020901027468010601020701027769010601010302016f010601010200043266656c010601020302026962010601010401036c646e010601020601036d6f720106010204010370616901080201020202026c610106010209010374686101060102070103776974010601010302026f6d0106010102040b120a0b0a0c0d0b0b0b0a0809090a0a080909080b090a0a0b090a0a');
CREATE TABLE IF NOT EXISTS 'evidence_claim_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO evidence_claim_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'evidence_claim_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);
INSERT INTO evidence_claim_fts_content VALUES(1,'pain','women with fibromyalgia','Pain fell more on LDN than on placebo.');
CREATE TABLE IF NOT EXISTS 'evidence_claim_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO evidence_claim_fts_docsize VALUES(1,X'010308');
CREATE TABLE IF NOT EXISTS 'evidence_claim_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO evidence_claim_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','evidence_source_fts','evidence_source_fts',0,'CREATE VIRTUAL TABLE evidence_source_fts USING fts5(title, authors, publisher, identifiers,
    tokenize = ''unicode61 remove_diacritics 2'', prefix = ''2 3'')');
CREATE TABLE IF NOT EXISTS 'evidence_source_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO evidence_source_fts_data VALUES(1,X'020e0a040b');
INSERT INTO evidence_source_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO evidence_source_fts_data VALUES(137438953473,X'0000021703303130010601030203023032010601030301053337373334010601030501036172740106010304040668726974697301060102020104646f7365010203010c666962726f6d79616c67696101020902026f7201020501016a010601010301036c6f7701020201066d61636b65790106010108020463637565010601010601016e01060101050209616c747265786f6e65010204020a63743030353638353535010601030602036f6f72010601010401026f66010208010172010601010702096865756d617469736d0106010203010173010601010901037468650102060208726561746d656e740102070107796f756e6765720106010102000331313001080103020301023337010601030501026172010c0102020103040102646f0102030102666901020902016f01020501026c6f01020201026d610106010108020163010601010601026e61010204020163010601030602016f010601010401026f66010208010272680106010203010274680102060201720102070102796f01060101020004323130300106010303010333373701060103050103617274010c0102020103040103646f73010203010366696201020902026f7201020501036c6f7701020201036d6163010601010802026363010601010601036e616c01020402026374010601030602026f6f0106010104010372686501060102030103746865010206020272650102070103796f7501060101020409090c0a0d09110708080d0b080e110a07081008080d0e0b090c07070607090807080807090706090b0a0d080807080a090809090a0807');
INSERT INTO evidence_source_fts_data VALUES(274877906945,X'0000019207303030303730320206010305010831323334353637380206010302010432303139020601030401023330020601030601016102080201010302126374726e31323632343030313136323530350206010307010a636f6e73756c74616e7402020501046761766502020601076a6f75726e616c020601020301026d650202070201790202040105706170657202020302096d633132333435363702060103030105736d697468020601010202036f6d650206010202000331303002060103050102313202060103020102323002060103040102333002060103060102616302060103070102636f0202050102676102020601026a6f020601020301026d650202070201790202040102706102020302016d02060103030102736d020601010202016f020601020200043230303002060103050103313233020601030201033230310206010304010361637402060103070103636f6e020205010367617602020601036a6f750206010203010370617002020302026d6302060103030103736d69020601010202026f6d0206010202040d0f0b0909190f090e07060a100c0a0a090909090707090706070809080b0a0a0a08080a08090a');
CREATE TABLE IF NOT EXISTS 'evidence_source_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO evidence_source_fts_idx VALUES(1,X'',2);
INSERT INTO evidence_source_fts_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'evidence_source_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);
INSERT INTO evidence_source_fts_content VALUES(1,'Low-dose naltrexone for the treatment of fibromyalgia','Younger J, Noor N, McCue R, Mackey S','Arthritis & Rheumatism','10.1002/art.37734   NCT00568555');
INSERT INTO evidence_source_fts_content VALUES(2,'A paper my consultant gave me','Smith A','Some Journal','12345678 PMC1234567  2019-000702-30 ACTRN12624001162505');
CREATE TABLE IF NOT EXISTS 'evidence_source_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO evidence_source_fts_docsize VALUES(1,X'08080205');
INSERT INTO evidence_source_fts_docsize VALUES(2,X'06020206');
CREATE TABLE IF NOT EXISTS 'evidence_source_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO evidence_source_fts_config VALUES('version',4);
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
INSERT INTO trial VALUES(1,2,'open','2026-01-01',1.5,14,12,'2026-04-09','2026-01-01T09:00:00Z','2026-02-01','moved abroad',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE trial_outcome (
    trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
    symptom_id INTEGER NOT NULL REFERENCES symptom(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    PRIMARY KEY (trial_id, position),
    UNIQUE (trial_id, symptom_id)
);
INSERT INTO trial_outcome VALUES(1,6,1);
CREATE TABLE trial_stop_rule (
    trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    rule TEXT NOT NULL CHECK (length(trim(rule)) > 0),
    PRIMARY KEY (trial_id, position)
);
INSERT INTO trial_stop_rule VALUES(1,1,'if I cannot sleep for a week');
CREATE INDEX symptom_score_by_symptom ON symptom_score(symptom_id);
CREATE INDEX annotation_by_day ON annotation(profile_id, day);
CREATE INDEX evidence_source_by_doi ON evidence_source(doi COLLATE NOCASE) WHERE doi IS NOT NULL;
CREATE INDEX evidence_source_by_pmid ON evidence_source(pmid) WHERE pmid IS NOT NULL;
CREATE INDEX evidence_source_by_title ON evidence_source(title COLLATE NOCASE, year);
CREATE INDEX evidence_claim_by_condition ON evidence_claim(condition_id, outcome);
CREATE INDEX evidence_claim_source_by_source ON evidence_claim_source(source_id);
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
CREATE INDEX trial_by_profile ON trial(profile_id, started_on);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1279544916;
PRAGMA user_version = 3;
