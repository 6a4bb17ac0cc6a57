#!/usr/bin/env bash
# check-fhir-bundle.sh SAMPLE_PROGRAM SCHEMA_DIR WORK_DIR PYTHON
# The FHIR export of a realistic demo diary validates against the official FHIR R4 JSON schema,
# and the same check rejects deliberately broken copies (so a passing run means something).
set -euo pipefail

[ $# -eq 4 ] || { echo "usage: check-fhir-bundle.sh SAMPLE_PROGRAM SCHEMA_DIR WORK_DIR PYTHON" >&2; exit 2; }
sample=$1
schema_dir=$2
work=$3
python=$4
tools=$(cd "$(dirname "$0")/../tools" && pwd)

"$tools/fetch-fhir-schema" "$schema_dir"
schema=$schema_dir/fhir.schema.json
rm -rf "$work"
mkdir -p "$work"

"$sample" "$work/bundle.json"
# The sample must hold every kind of record, or a pass would prove less than it seems.
"$python" - "$work/bundle.json" <<'PY'
import json, sys
resources = [entry["resource"] for entry in json.load(open(sys.argv[1], encoding="utf-8"))["entry"]]
def reason(r):
    return r.get("statusReason", [{}])[0].get("coding", [{}])[0].get("code")
kinds = {
    "taken dose": any(r.get("status") == "completed" for r in resources),
    "missed day": any(reason(r) == "missed" for r in resources),
    "0 mg day": any(reason(r) == "zero-dose" for r in resources),
    "time-taken note": any(r["resourceType"] == "MedicationAdministration" and "note" in r for r in resources),
    "symptom score": any("valueInteger" in r and "0-10" in r["note"][0]["text"] for r in resources),
    "side effect": any("valueInteger" in r and "Side effect" in r["note"][0]["text"] for r in resources),
    "diagnosis date": any("extension" in r for r in resources if r["resourceType"] == "Condition"),
}
missing = [kind for kind, present in kinds.items() if not present]
if missing:
    sys.exit("sample bundle lacks: " + ", ".join(missing))
PY
"$python" "$tools/validate-fhir.py" "$schema" "$work/bundle.json"

# A copy of the bundle with four faults, each in a different resource, must fail with exactly
# those four errors (exit 1, not a crash), each naming its field. One copy, because validating
# a whole bundle takes seconds.
"$python" - "$work/bundle.json" "$work/broken.json" <<'PY'
import json, sys
bundle = json.load(open(sys.argv[1], encoding="utf-8"))
entries = bundle["entry"]
def index(kind, **fields):
    return next(i for i, entry in enumerate(entries) if entry["resource"]["resourceType"] == kind
                and all(entry["resource"].get(k) == v for k, v in fields.items()))
observations = [i for i, entry in enumerate(entries) if entry["resource"]["resourceType"] == "Observation"]
# A time without a zone: what the builder must never write for a dose's time taken.
taken = index("MedicationAdministration", status="completed")
entries[taken]["resource"]["effectiveDateTime"] += "T21:30:00"
# A status outside Observation's value set.
entries[observations[0]]["resource"]["status"] = "done"
# An element Observation does not have.
entries[observations[1]]["resource"]["valueScore"] = 3
# An empty string, which FHIR forbids.
entries[index("Patient")]["resource"]["name"][0]["text"] = ""
json.dump(bundle, open(sys.argv[2], "w", encoding="utf-8"), indent=2)
print("\n".join([
    "$.entry[%d].resource.effectiveDateTime: " % taken,
    "$.entry[%d].resource.status: " % observations[0],
    "$.entry[%d].resource: Additional properties are not allowed ('valueScore'" % observations[1],
    "$.entry[%d].resource.name[0].text: " % index("Patient"),
]), file=open(sys.argv[2] + ".expected", "w", encoding="utf-8"))
PY

status=0
output=$("$python" "$tools/validate-fhir.py" "$schema" "$work/broken.json" 2>&1) || status=$?
failures=0
if [ "$status" -ne 1 ]; then
    echo "FAIL: the broken copy gave exit $status, expected 1" >&2
    failures=$((failures + 1))
fi
while IFS= read -r expected; do
    if [ "$(grep -cF -- "$expected" <<<"$output")" -ne 1 ]; then
        echo "FAIL: the broken copy was not rejected once at: $expected" >&2
        failures=$((failures + 1))
    fi
done <"$work/broken.json.expected"
if ! grep -qx -- "$work/broken.json: 4 error(s) against the FHIR R4 schema" <<<"$output"; then
    echo "FAIL: expected exactly the 4 errors made" >&2
    failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then
    echo "$output" >&2
    exit 1
fi
echo "ok: the broken copy was rejected with exactly its 4 errors:"
echo "$output"
