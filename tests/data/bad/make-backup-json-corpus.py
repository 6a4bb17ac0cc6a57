#!/usr/bin/env python3
"""Writes tests/data/bad/backup-json/: LDN Tracker backups (ldn-tracker-backup) each broken in one
way. Every file must be refused by `ldn-tracker-cli import FILE` with exit code 2, a message naming
the file and line, and no change to the diary. Run from anywhere; it rewrites the folder."""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent / "backup-json"

DAY_TAKEN = {"date": "2026-02-01", "status": "taken", "dose_ug": 1500, "time": "22:15",
             "formulation": "liquid", "scores": {"pain": 6, "fatigue": 7},
             "side_effects": {"vivid dreams": 1}, "events": ["infection"], "note": "slept badly",
             "updated_at": "2026-02-01T22:16:40Z"}
DAY_MISSED = {"date": "2026-02-02", "status": "missed", "updated_at": "2026-02-02T21:00:00Z"}
DAY_ZERO = {"date": "2026-02-03", "status": "taken", "dose_ug": 0, "scores": {"pain": 5},
            "updated_at": "2026-02-03T21:00:00Z"}

VALID = {
    "format": "ldn-tracker-backup",
    "format_version": 1,
    "scope": "profile",
    "exported_at": "2026-11-22T07:30:00Z",
    "schema_version": 1,
    "profiles": [{
        "name": "Robin",
        "created_at": "2026-01-03T18:20:11Z",
        "notes": "",
        "conditions": [{"name": "ME/CFS", "diagnosed_on": "2019-04-02"}],
        "symptoms": [{"name": "pain", "higher_is_better": False, "archived": False},
                     {"name": "fatigue", "higher_is_better": False, "archived": False},
                     {"name": "sleep quality", "higher_is_better": True, "archived": False}],
        "days": [DAY_TAKEN, DAY_MISSED, DAY_ZERO],
        "annotations": [{"day": "2026-02-02", "author": "carer", "author_name": "Sam",
                         "body": "Forgot after a long day", "created_at": "2026-02-02T21:05:00Z"}],
        "medications": [{"name": "Levothyroxine", "dose_text": "75 micrograms", "started_on": "2020-01-01",
                         "stopped_on": None, "notes": ""}],
        "plans": [{"template": "standard", "start_on": "2026-02-01", "start_ug": 1500, "step_ug": 1500,
                   "interval_days": 14, "target_ug": 4500, "maximum_ug": 4500,
                   "created_at": "2026-02-01T09:00:00Z", "ended_on": None,
                   "adjustments": [{"effective_on": "2026-02-10", "kind": "step_down", "dose_ug": 750,
                                    "reason": "vivid dreams", "created_at": "2026-02-10T09:00:00Z"}]}],
    }],
}


def text(document):
    return json.dumps(document, indent="\t", ensure_ascii=False).encode("utf-8") + b"\n"


def changed(edit):
    document = copy.deepcopy(VALID)
    edit(document)
    return text(document)


def profile(document):
    return document["profiles"][0]


def day(document, index=0):
    return profile(document)["days"][index]


def setter(getter, key, value):
    def edit(document):
        getter(document)[key] = value
    return edit


def remover(getter, key):
    def edit(document):
        del getter(document)[key]
    return edit


GOOD = text(VALID)

CASES = {
    # Not JSON, or not whole.
    "empty.json": b"",
    "whitespace-only.json": b"  \n\t\n",
    "truncated-mid-string.json": GOOD[: GOOD.index(b"slept") + 3],
    "truncated-after-profiles-key.json": GOOD[: GOOD.index(b'"profiles"') + 12],
    "truncated-last-brace.json": GOOD.rstrip()[:-1],
    "binary-junk.json": bytes((i * 73 + 11) % 256 for i in range(2048)),
    "nul-bytes.json": b"\0" * 64,
    "nested-100000-arrays.json": b"[" * 100000 + b"]" * 100000,
    "nested-100000-objects.json": b'{"a":' * 100000 + b"1" + b"}" * 100000,
    "nested-deep-inside-note.json": GOOD.replace(b'"slept badly"', b"[" * 5000 + b"]" * 5000),
    "nan-dose.json": GOOD.replace(b'"dose_ug": 1500', b'"dose_ug": NaN'),
    "infinity-dose.json": GOOD.replace(b'"dose_ug": 1500', b'"dose_ug": Infinity'),
    "huge-exponent-dose.json": GOOD.replace(b'"dose_ug": 1500', b'"dose_ug": 1e400'),
    "huge-integer-dose.json": GOOD.replace(b'"dose_ug": 1500', b'"dose_ug": 123456789012345678901234567890'),
    "invalid-utf8-in-note.json": GOOD.replace(b"slept badly", b"slept \xff\xfe badly"),
    "overlong-utf8-in-name.json": GOOD.replace(b'"Robin"', b'"Rob\xc0\xafin"'),
    "lone-surrogate-escape.json": GOOD.replace(b"slept badly", b"slept \\ud800 badly"),
    "bom-then-junk.json": b"\xef\xbb\xbfnot a backup\n",
    "utf16-encoded.json": GOOD.decode("utf-8").encode("utf-16"),
    "single-quotes.json": GOOD.replace(b'"format"', b"'format'"),
    "trailing-comma.json": GOOD.replace(b'"schema_version": 1,', b'"schema_version": 1,,'),
    "comment.json": b"// my backup\n" + GOOD,
    "two-documents.json": GOOD + GOOD,
    # Well-formed JSON that is not a backup, or not one this version reads.
    "top-level-array.json": b"[" + GOOD + b"]",
    "top-level-string.json": b'"ldn-tracker-backup"\n',
    "top-level-null.json": b"null\n",
    "format-missing.json": changed(remover(lambda d: d, "format")),
    "format-evidence-pack.json": changed(setter(lambda d: d, "format", "ldn-evidence-pack")),
    "format-version-newer.json": changed(setter(lambda d: d, "format_version", 2)),
    "format-version-zero.json": changed(setter(lambda d: d, "format_version", 0)),
    "format-version-string.json": changed(setter(lambda d: d, "format_version", "1")),
    "format-version-float.json": changed(setter(lambda d: d, "format_version", 1.5)),
    "scope-unknown.json": changed(setter(lambda d: d, "scope", "everything")),
    "scope-profile-two-profiles.json": changed(
        lambda d: d["profiles"].append(dict(copy.deepcopy(profile(d)), name="Jo"))),
    "profiles-missing.json": changed(remover(lambda d: d, "profiles")),
    "profiles-object.json": changed(setter(lambda d: d, "profiles", {"name": "Robin"})),
    "profile-is-string.json": changed(setter(lambda d: d, "profiles", ["Robin"])),
    "unknown-top-level-key.json": changed(setter(lambda d: d, "passwords", [])),
    "duplicate-top-level-key.json": GOOD.replace(b'"scope": "profile",', b'"scope": "profile",\n\t"scope": "database",'),
    "exported-at-not-utc.json": changed(setter(lambda d: d, "exported_at", "2026-11-22 07:30")),
    "own-evidence-in-profile-scope.json": changed(setter(lambda d: d, "own_evidence", {})),
    "database-scope-broken-evidence.json": changed(lambda d: d.update(
        scope="database", own_conditions=[], settings={},
        own_evidence={"format": "ldn-evidence-pack", "format_version": 1, "name": "own", "pack_version": 1,
                      "conditions": [], "sources": [],
                      "claims": [{"key": "c1", "condition": "missing", "outcome": "pain",
                                  "comparator": "none", "direction": "unclear", "sources": ["s9"]}],
                      "grades": []})),
    "database-scope-setting-number.json": changed(lambda d: d.update(
        scope="database", own_conditions=[], settings={"carer.name": 7})),
    "database-scope-condition-category.json": changed(lambda d: d.update(
        scope="database", own_conditions=[{"name": "Lichen", "category": "skin"}], settings={})),
    # A profile that cannot be.
    "profile-name-empty.json": changed(setter(profile, "name", "   ")),
    "profile-name-too-long.json": changed(setter(profile, "name", "R" * 101)),
    "profile-name-number.json": changed(setter(profile, "name", 42)),
    "profile-unknown-key.json": changed(setter(profile, "password", "x")),
    "condition-duplicate.json": changed(lambda d: profile(d)["conditions"].append({"name": "me/cfs"})),
    "condition-diagnosed-impossible.json": changed(
        lambda d: profile(d)["conditions"][0].update(diagnosed_on="2019-02-29")),
    "symptom-duplicate.json": changed(
        lambda d: profile(d)["symptoms"].append({"name": "Pain", "higher_is_better": False})),
    "symptom-direction-missing.json": changed(lambda d: profile(d)["symptoms"][0].pop("higher_is_better")),
    "symptom-direction-string.json": changed(
        lambda d: profile(d)["symptoms"][0].update(higher_is_better="no")),
    # Days.
    "day-date-impossible.json": changed(setter(day, "date", "2025-02-30")),
    "day-date-uk-format.json": changed(setter(day, "date", "01/02/2026")),
    "day-date-missing.json": changed(remover(day, "date")),
    "day-duplicate.json": changed(lambda d: profile(d)["days"].append(copy.deepcopy(DAY_TAKEN))),
    "day-status-unknown.json": changed(setter(day, "status", "skipped")),
    "day-status-number.json": changed(setter(day, "status", 1)),
    "day-taken-without-dose.json": changed(remover(day, "dose_ug")),
    "day-dose-negative.json": changed(setter(day, "dose_ug", -1500)),
    "day-dose-absurd.json": changed(setter(day, "dose_ug", 50000000)),
    "day-dose-string.json": changed(setter(day, "dose_ug", "1.5 mg")),
    "day-dose-fraction.json": changed(setter(day, "dose_ug", 1.5)),
    "day-missed-with-dose.json": changed(lambda d: day(d, 1).update(dose_ug=1500)),
    "day-missed-with-time.json": changed(lambda d: day(d, 1).update(time="21:00")),
    "day-time-25h.json": changed(setter(day, "time", "25:10")),
    "day-time-with-seconds.json": changed(setter(day, "time", "22:15:00")),
    "day-formulation-unknown.json": changed(setter(day, "formulation", "injection")),
    "day-score-eleven.json": changed(lambda d: day(d)["scores"].update(pain=11)),
    "day-score-negative.json": changed(lambda d: day(d)["scores"].update(pain=-1)),
    "day-score-fraction.json": changed(lambda d: day(d)["scores"].update(pain=6.5)),
    "day-score-string.json": changed(lambda d: day(d)["scores"].update(pain="6")),
    "day-score-unknown-symptom.json": changed(lambda d: day(d)["scores"].update(nausea=3)),
    "day-scores-array.json": changed(setter(day, "scores", [6, 7])),
    "day-side-effect-severity-four.json": changed(lambda d: day(d)["side_effects"].update({"vivid dreams": 4})),
    "day-side-effect-empty-name.json": changed(lambda d: day(d)["side_effects"].update({" ": 1})),
    "day-events-string.json": changed(setter(day, "events", "infection")),
    "day-event-empty.json": changed(setter(day, "events", ["  "])),
    "day-note-number.json": changed(setter(day, "note", 12)),
    "day-updated-at-local-time.json": changed(setter(day, "updated_at", "2026-02-01T22:16:40+01:00")),
    "day-unknown-key.json": changed(setter(day, "mood", 3)),
    "day-duplicate-key.json": GOOD.replace(b'"status": "taken",', b'"status": "taken",\n\t\t\t\t"status": "missed",', 1),
    # Notes, medicines, plans.
    "annotation-author-unknown.json": changed(lambda d: profile(d)["annotations"][0].update(author="doctor")),
    "annotation-body-empty.json": changed(lambda d: profile(d)["annotations"][0].update(body="")),
    "annotation-body-too-long.json": changed(lambda d: profile(d)["annotations"][0].update(body="x" * 4001)),
    "medication-stops-before-start.json": changed(
        lambda d: profile(d)["medications"][0].update(stopped_on="2019-01-01")),
    "medication-name-missing.json": changed(lambda d: profile(d)["medications"][0].pop("name")),
    "plan-template-unknown.json": changed(lambda d: profile(d)["plans"][0].update(template="fast")),
    "plan-target-below-start.json": changed(lambda d: profile(d)["plans"][0].update(target_ug=500)),
    "plan-interval-zero.json": changed(lambda d: profile(d)["plans"][0].update(interval_days=0)),
    "plan-maximum-full-dose.json": changed(
        lambda d: profile(d)["plans"][0].update(target_ug=50000, maximum_ug=50000)),
    "plan-start-impossible.json": changed(lambda d: profile(d)["plans"][0].update(start_on="2026-13-01")),
    "adjustment-step-down-without-dose.json": changed(
        lambda d: profile(d)["plans"][0]["adjustments"][0].pop("dose_ug")),
    "adjustment-hold-with-dose.json": changed(
        lambda d: profile(d)["plans"][0]["adjustments"][0].update(kind="hold")),
    "adjustment-kind-unknown.json": changed(
        lambda d: profile(d)["plans"][0]["adjustments"][0].update(kind="pause")),
}


def main():
    HERE.mkdir(exist_ok=True)
    for old in HERE.glob("*.json"):
        old.unlink()
    for name, contents in sorted(CASES.items()):
        (HERE / name).write_bytes(contents)
    print(f"wrote {len(CASES)} files to {HERE}")


if __name__ == "__main__":
    main()
